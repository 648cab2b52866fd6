package pem

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	stdpem "encoding/pem"
	"math/big"
	"sync"
	"testing"
	"time"
)

// Test material is generated once per test binary: keys, a CA → intermediate
// → leaf chain and a few odd certificates.

// now is the clock certificates are dated from.
var now = time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)

type issued struct {
	cert *x509.Certificate
	der  []byte
	key  crypto.Signer
}

type testSet struct {
	ecKey, ecKey2 *ecdsa.PrivateKey
	rsaKey        *rsa.PrivateKey
	edKey         ed25519.PrivateKey

	root, inter, leaf     issued // EC chain
	selfLeaf              issued // self-signed, no CA flag
	expired               issued
	rsaLeaf, edLeaf       issued // self-signed
	sameNameOtherKey      issued // issuer name = subject name, signed by another key
	selfSignedNoCAExtBits issued // v1-style: no basic constraints at all
}

var (
	genOnce sync.Once
	gen     testSet
)

// testMaterial returns the generated material.
func testMaterial(tb testing.TB) *testSet {
	tb.Helper()
	genOnce.Do(func() { gen = generate(tb) })
	return &gen
}

func generate(tb testing.TB) testSet {
	var m testSet
	var err error
	must := func(e error) {
		if e != nil {
			tb.Fatal(e)
		}
	}
	m.ecKey, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	must(err)
	m.ecKey2, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	must(err)
	m.rsaKey, err = rsa.GenerateKey(rand.Reader, 2048)
	must(err)
	_, m.edKey, err = ed25519.GenerateKey(rand.Reader)
	must(err)
	rootKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	interKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)

	m.root = issue(tb, tmpl("Contoso Root CA", true, 0), nil, rootKey)
	m.inter = issue(tb, tmpl("Contoso Issuing CA", true, 1), &m.root, interKey)
	leaf := tmpl("ml.contoso.com", false, 2)
	leaf.DNSNames = []string{"ml.contoso.com", "*.ml.contoso.com"}
	m.leaf = issue(tb, leaf, &m.inter, m.ecKey)
	m.selfLeaf = issue(tb, tmpl("self.contoso.com", false, 3), nil, m.ecKey)
	old := tmpl("old.contoso.com", false, 4)
	old.NotBefore, old.NotAfter = now.AddDate(-2, 0, 0), now.AddDate(-1, 0, 0)
	m.expired = issue(tb, old, &m.inter, m.ecKey)
	m.rsaLeaf = issue(tb, tmpl("rsa.contoso.com", false, 5), nil, m.rsaKey)
	m.edLeaf = issue(tb, tmpl("ed.contoso.com", false, 6), nil, m.edKey)
	// Same name as the issuer, but signed by the root's key.
	twin := tmpl("Contoso Root CA", false, 7)
	m.sameNameOtherKey = issue(tb, twin, &m.root, m.ecKey2)
	bare := tmpl("bare.contoso.com", false, 8)
	bare.BasicConstraintsValid = false
	m.selfSignedNoCAExtBits = issue(tb, bare, nil, m.ecKey2)
	return m
}

// tmpl returns a certificate template valid for a year around now.
func tmpl(cn string, ca bool, serial int64) *x509.Certificate {
	t := &x509.Certificate{
		SerialNumber:          big.NewInt(serial + 1),
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"Contoso"}},
		NotBefore:             now.AddDate(0, -1, 0),
		NotAfter:              now.AddDate(1, 0, 0),
		BasicConstraintsValid: true,
		IsCA:                  ca,
		KeyUsage:              x509.KeyUsageDigitalSignature,
	}
	if ca {
		t.KeyUsage |= x509.KeyUsageCertSign
	}
	return t
}

// issue signs t with parent's key, or self-signs it when parent is nil.
func issue(tb testing.TB, t *x509.Certificate, parent *issued, key crypto.Signer) issued {
	tb.Helper()
	signer, parentCert := key, t
	if parent != nil {
		signer, parentCert = parent.key, parent.cert
	}
	der, err := x509.CreateCertificate(rand.Reader, t, parentCert, key.Public(), signer)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		tb.Fatal(err)
	}
	return issued{cert: c, der: der, key: key}
}

// pemOf encodes blocks of one type.
func pemOf(typ string, ders ...[]byte) []byte {
	var out []byte
	for _, d := range ders {
		out = append(out, stdpem.EncodeToMemory(&stdpem.Block{Type: typ, Bytes: d})...)
	}
	return out
}

// certsPEM encodes certificates as a PEM chain, in the order given.
func certsPEM(cs ...issued) []byte {
	ders := make([][]byte, len(cs))
	for i, c := range cs {
		ders[i] = c.der
	}
	return pemOf("CERTIFICATE", ders...)
}

// pkcs8 returns the DER PKCS#8 encoding of key.
func pkcs8(tb testing.TB, key any) []byte {
	tb.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		tb.Fatal(err)
	}
	return der
}

// sec1 returns the DER SEC 1 encoding of key.
func sec1(tb testing.TB, key *ecdsa.PrivateKey) []byte {
	tb.Helper()
	der, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		tb.Fatal(err)
	}
	return der
}

// fakeBody stands for key bytes the analysis must not need to read.
var fakeBody = []byte("not a real key, only the armour matters here")

// legacyPEM is an OpenSSL traditional key with encryption headers.
func legacyPEM(typ string) []byte {
	return stdpem.EncodeToMemory(&stdpem.Block{Type: typ, Bytes: fakeBody,
		Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "DEK-Info": "AES-256-CBC,00112233445566778899AABBCCDDEEFF"}})
}

// opensshPEM is an OpenSSH private key whose body names a cipher.
func opensshPEM(cipher string) []byte {
	body := append([]byte(opensshMagic), 0, 0, 0, byte(len(cipher)))
	body = append(append(body, cipher...), fakeBody...)
	return pemOf("OPENSSH PRIVATE KEY", body)
}

// pfx is the start of a PKCS#12 archive: version 3 and a pkcs7-data
// content, in DER or with BER's indefinite lengths.
func pfx(indefinite bool) []byte {
	content := []byte{0xa0, 0x04, 0x04, 0x02, 0x30, 0x00} // [0] { OCTET STRING }
	auth := append(append([]byte{}, oidData...), content...)
	if indefinite {
		inner := append(append([]byte{0x30, 0x80}, auth...), 0, 0)
		body := append(append([]byte{0x02, 0x01, 0x03}, inner...), 0, 0)
		return append([]byte{0x30, 0x80}, body...)
	}
	inner := append([]byte{0x30, byte(len(auth))}, auth...)
	body := append([]byte{0x02, 0x01, 0x03}, inner...)
	return append([]byte{0x30, byte(len(body))}, body...)
}
