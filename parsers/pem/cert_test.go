package pem

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// certOf is the expected description of a generated certificate.
func certOf(c issued, selfSigned bool) Cert {
	dns := c.cert.DNSNames
	if dns == nil {
		dns = []string{}
	}
	return Cert{
		Subject: c.cert.Subject.String(), Issuer: c.cert.Issuer.String(), CommonName: c.cert.Subject.CommonName,
		DNSNames: dns, SelfSigned: selfSigned, IsCA: c.cert.IsCA,
		NotBefore: c.cert.NotBefore.UTC(), NotAfter: c.cert.NotAfter.UTC(),
	}
}

func TestCertificate(t *testing.T) {
	m := testMaterial(t)
	leaf, inter, root := certOf(m.leaf, false), certOf(m.inter, false), certOf(m.root, true)
	chain := certsPEM(m.leaf, m.inter, m.root)
	keyPEM := pemOf("PRIVATE KEY", pkcs8(t, m.ecKey))
	tests := []struct {
		name string
		in   []byte
		want CertFacts
	}{
		{"full chain", chain, CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{leaf, inter, root}}},
		{"leaf only", certsPEM(m.leaf), CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{leaf}}},
		{"crlf", bytes.ReplaceAll(chain, []byte("\n"), []byte("\r\n")),
			CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{leaf, inter, root}}},
		{"text around blocks", append(append([]byte("Bag Attributes\n    friendlyName: ml\nsubject=/CN=ml\n"), certsPEM(m.leaf)...), "trailer\n"...),
			CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{leaf}}},
		{"certificate and key", append(certsPEM(m.leaf), keyPEM...), CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{leaf}}},
		{"self-signed leaf without CA flag", certsPEM(m.selfLeaf),
			CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{certOf(m.selfLeaf, true)}}},
		{"self-signed without basic constraints", certsPEM(m.selfSignedNoCAExtBits),
			CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{certOf(m.selfSignedNoCAExtBits, true)}}},
		{"issuer name equals subject, other key", certsPEM(m.sameNameOtherKey),
			CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{certOf(m.sameNameOtherKey, false)}}},
		{"rsa", certsPEM(m.rsaLeaf), CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{certOf(m.rsaLeaf, true)}}},
		{"ed25519", certsPEM(m.edLeaf), CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{certOf(m.edLeaf, true)}}},
		{"expired", certsPEM(m.expired), CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{certOf(m.expired, false)}}},
		{"der", m.leaf.der, CertFacts{Format: FormatDER, Chain: []Cert{leaf}}},
		{"der chain", append(append([]byte{}, m.leaf.der...), m.inter.der...), CertFacts{Format: FormatDER, Chain: []Cert{leaf, inter}}},
		{"pkcs12", pfx(false), CertFacts{Format: FormatPKCS12, ParseError: "a PKCS#12 (PFX) archive; convert it to PEM"}},
		{"pkcs12 ber", pfx(true), CertFacts{Format: FormatPKCS12, ParseError: "a PKCS#12 (PFX) archive; convert it to PEM"}},
		{"openssh private key", opensshPEM("none"),
			CertFacts{Format: FormatOpenSSH, PEM: true, ParseError: "no CERTIFICATE block; found OPENSSH PRIVATE KEY"}},
		{"openssh public key", []byte("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA user@host\n"),
			CertFacts{Format: FormatOpenSSH, ParseError: "an OpenSSH key, not a certificate"}},
		{"key instead of certificate", keyPEM,
			CertFacts{Format: FormatUnknown, PEM: true, ParseError: "no CERTIFICATE block; found PRIVATE KEY"}},
		{"broken block", append(pemOf("CERTIFICATE", []byte("junk")), certsPEM(m.leaf)...),
			CertFacts{Format: FormatPEM, PEM: true, Chain: []Cert{leaf}, ParseError: "certificate 1: x509: malformed certificate"}},
		{"empty", nil, CertFacts{Format: FormatEmpty}},
		{"blank", []byte(" \r\n\t\n"), CertFacts{Format: FormatEmpty}},
		{"garbage", []byte("hello, world"), CertFacts{Format: FormatUnknown, ParseError: "not a PEM, DER or PKCS#12 certificate"}},
		{"pkcs12 long-form length", []byte("\x30\x82\x00\x10\x02\x01\x03\x30\x0b\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01"),
			CertFacts{Format: FormatPKCS12, ParseError: "a PKCS#12 (PFX) archive; convert it to PEM"}},
		{"truncated pkcs12", pfx(false)[:8], CertFacts{Format: FormatUnknown, ParseError: "not a PEM, DER or PKCS#12 certificate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Certificate(tt.in)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(CertFacts{})); diff != "" {
				t.Errorf("Certificate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCertificateFields(t *testing.T) {
	m := testMaterial(t)
	got := Certificate(certsPEM(m.leaf, m.inter, m.root))
	c := got.Chain[0]
	if c.Subject != "CN=ml.contoso.com,O=Contoso" || c.Issuer != "CN=Contoso Issuing CA,O=Contoso" {
		t.Errorf("subject %q, issuer %q", c.Subject, c.Issuer)
	}
	if c.IsCA || !got.Chain[1].IsCA || !got.Chain[2].IsCA {
		t.Errorf("is_ca: %v %v %v", c.IsCA, got.Chain[1].IsCA, got.Chain[2].IsCA)
	}
	if want := now.AddDate(1, 0, 0); !c.NotAfter.Equal(want) || c.NotAfter.Location() != time.UTC {
		t.Errorf("not_after %v, want %v UTC", c.NotAfter, want)
	}
}

func TestCertificateLimit(t *testing.T) {
	m := testMaterial(t)
	var in []byte
	for range maxCerts + 5 {
		in = append(in, certsPEM(m.leaf)...)
	}
	got := Certificate(in)
	if len(got.Chain) != maxCerts || !strings.Contains(got.ParseError, "more than") {
		t.Errorf("got %d certificates, error %q", len(got.Chain), got.ParseError)
	}
}

func TestMatches(t *testing.T) {
	m := testMaterial(t)
	tests := []struct {
		name      string
		cert, key []byte
		match, ok bool
	}{
		{"ec pkcs8", certsPEM(m.leaf, m.inter), pemOf("PRIVATE KEY", pkcs8(t, m.ecKey)), true, true},
		{"ec sec1", certsPEM(m.leaf), pemOf("EC PRIVATE KEY", sec1(t, m.ecKey)), true, true},
		{"rsa pkcs1", certsPEM(m.rsaLeaf), pemOf("RSA PRIVATE KEY", x509MarshalPKCS1(m)), true, true},
		{"ed25519", certsPEM(m.edLeaf), pemOf("PRIVATE KEY", pkcs8(t, m.edKey)), true, true},
		{"der key", certsPEM(m.leaf), pkcs8(t, m.ecKey), true, true},
		{"other key", certsPEM(m.leaf), pemOf("PRIVATE KEY", pkcs8(t, m.ecKey2)), false, true},
		{"other type", certsPEM(m.leaf), pemOf("PRIVATE KEY", pkcs8(t, m.rsaKey)), false, true},
		{"chain root first", certsPEM(m.root, m.inter, m.leaf), pemOf("PRIVATE KEY", pkcs8(t, m.ecKey)), true, true},
		{"self-signed leaf", certsPEM(m.selfLeaf), pemOf("PRIVATE KEY", pkcs8(t, m.ecKey)), true, true},
		{"ca only", certsPEM(m.inter, m.root), pemOf("PRIVATE KEY", pkcs8(t, m.ecKey)), false, true},
		{"encrypted key", certsPEM(m.leaf), pemOf("ENCRYPTED PRIVATE KEY", fakeBody), false, false},
		{"no certificate", pfx(false), pemOf("PRIVATE KEY", pkcs8(t, m.ecKey)), false, false},
		{"broken key", certsPEM(m.leaf), pemOf("PRIVATE KEY", fakeBody), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			match, ok := Key(tt.key).Matches(Certificate(tt.cert))
			if match != tt.match || ok != tt.ok {
				t.Errorf("Matches = %v, %v; want %v, %v", match, ok, tt.match, tt.ok)
			}
		})
	}
}
