package pem

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// seeds are inputs of every kind the analysis tells apart.
func seeds(f *testing.F) [][]byte {
	m := testMaterial(f)
	key := pemOf("PRIVATE KEY", pkcs8(f, m.ecKey))
	return [][]byte{
		nil, []byte(" \n"), []byte("garbage"),
		certsPEM(m.leaf, m.inter, m.root), m.leaf.der, append(certsPEM(m.rsaLeaf), key...),
		bytes.ReplaceAll(certsPEM(m.edLeaf), []byte("\n"), []byte("\r\n")),
		key, pkcs8(f, m.rsaKey), pemOf("EC PRIVATE KEY", sec1(f, m.ecKey)),
		pemOf("ENCRYPTED PRIVATE KEY", fakeBody), legacyPEM("RSA PRIVATE KEY"),
		opensshPEM("none"), opensshPEM("aes256-ctr"), []byte("ssh-ed25519 AAAA user"),
		pfx(false), pfx(true), pfx(false)[:9],
		[]byte("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"),
		[]byte("-----BEGIN X-----\nProc-Type: 4,ENCRYPTED\n\n-----END X-----\n"),
		{0x30, 0x84, 0xff, 0xff, 0xff, 0xff}, {0x30, 0x83, 0xff, 0xff}, {0x30, 0x80, 0x02, 0x01, 0x03, 0x30, 0x80},
	}
}

// formats lists every format each analysis may report.
var (
	certFormats = map[string]bool{FormatPEM: true, FormatDER: true, FormatPKCS12: true, FormatOpenSSH: true, FormatEmpty: true, FormatUnknown: true}
	keyFormats  = map[string]bool{FormatPKCS8: true, FormatPKCS1: true, FormatSEC1: true, FormatEncryptedPKCS8: true,
		FormatLegacyEncrypted: true, FormatOpenSSH: true, FormatDER: true, FormatPKCS12: true, FormatEmpty: true, FormatUnknown: true}
)

func FuzzCertificate(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > DefaultMaxFileSize {
			return // Attach never passes more
		}
		got := Certificate(in)
		if !certFormats[got.Format] {
			t.Errorf("format %q", got.Format)
		}
		if len(got.Chain) > maxCerts {
			t.Errorf("%d certificates, more than %d", len(got.Chain), maxCerts)
		}
		if len(got.Chain) > 0 && got.Format != FormatPEM && got.Format != FormatDER {
			t.Errorf("format %s with %d certificates", got.Format, len(got.Chain))
		}
		if got.Format != FormatPEM && got.Format != FormatDER && got.Format != FormatEmpty && got.ParseError == "" {
			t.Errorf("format %s without a parse error", got.Format)
		}
		if got.has && len(got.Chain) == 0 {
			t.Errorf("leaf key without a certificate")
		}
		if diff := cmp.Diff(got, Certificate(in), cmp.AllowUnexported(CertFacts{})); diff != "" {
			t.Errorf("second analysis differs:\n%s", diff)
		}
		f := map[string]any{}
		got.put(f)
		checkJSONLike(t, "cert", f)
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > DefaultMaxFileSize {
			return
		}
		got := Key(in)
		if !keyFormats[got.Format] {
			t.Errorf("format %q", got.Format)
		}
		if got.Encrypted && got.has {
			t.Errorf("an encrypted key cannot have been parsed")
		}
		if diff := cmp.Diff(got, Key(in), cmp.AllowUnexported(KeyFacts{})); diff != "" {
			t.Errorf("second analysis differs:\n%s", diff)
		}
		if match, ok := got.Matches(Certificate(in)); match && !ok {
			t.Errorf("a match without both halves")
		}
		f := map[string]any{}
		got.put(f)
		checkJSONLike(t, "key", f)
	})
}
