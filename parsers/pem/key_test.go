package pem

import (
	"crypto/x509"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func x509MarshalPKCS1(m *testSet) []byte { return x509.MarshalPKCS1PrivateKey(m.rsaKey) }

func TestKey(t *testing.T) {
	m := testMaterial(t)
	ecPKCS8 := pemOf("PRIVATE KEY", pkcs8(t, m.ecKey))
	tests := []struct {
		name   string
		in     []byte
		want   KeyFacts
		parsed bool
	}{
		{"pkcs8 ec", ecPKCS8, KeyFacts{Format: FormatPKCS8, PEM: true}, true},
		{"pkcs8 rsa", pemOf("PRIVATE KEY", pkcs8(t, m.rsaKey)), KeyFacts{Format: FormatPKCS8, PEM: true}, true},
		{"pkcs8 ed25519", pemOf("PRIVATE KEY", pkcs8(t, m.edKey)), KeyFacts{Format: FormatPKCS8, PEM: true}, true},
		{"pkcs1", pemOf("RSA PRIVATE KEY", x509MarshalPKCS1(m)), KeyFacts{Format: FormatPKCS1, PEM: true}, true},
		{"sec1", pemOf("EC PRIVATE KEY", sec1(t, m.ecKey)), KeyFacts{Format: FormatSEC1, PEM: true}, true},
		{"sec1 after parameters", append(pemOf("EC PARAMETERS", []byte{6, 8, 42, 134, 72, 206, 61, 3, 1, 7}), pemOf("EC PRIVATE KEY", sec1(t, m.ecKey))...),
			KeyFacts{Format: FormatSEC1, PEM: true}, true},
		{"certificate then key", append(certsPEM(m.leaf), ecPKCS8...), KeyFacts{Format: FormatPKCS8, PEM: true}, true},
		{"encrypted pkcs8", pemOf("ENCRYPTED PRIVATE KEY", fakeBody), KeyFacts{Format: FormatEncryptedPKCS8, PEM: true, Encrypted: true}, false},
		{"legacy encrypted rsa", legacyPEM("RSA PRIVATE KEY"), KeyFacts{Format: FormatLegacyEncrypted, PEM: true, Encrypted: true}, false},
		{"legacy encrypted ec", legacyPEM("EC PRIVATE KEY"), KeyFacts{Format: FormatLegacyEncrypted, PEM: true, Encrypted: true}, false},
		{"openssh", opensshPEM("none"), KeyFacts{Format: FormatOpenSSH, PEM: true}, false},
		{"openssh encrypted", opensshPEM("aes256-ctr"), KeyFacts{Format: FormatOpenSSH, PEM: true, Encrypted: true}, false},
		{"openssh truncated", pemOf("OPENSSH PRIVATE KEY", []byte(opensshMagic+"\xff\xff")), KeyFacts{Format: FormatOpenSSH, PEM: true}, false},
		{"openssh public key", []byte("ssh-rsa AAAAB3NzaC1yc2E= user\n"), KeyFacts{Format: FormatOpenSSH}, false},
		{"dsa", pemOf("DSA PRIVATE KEY", fakeBody), KeyFacts{Format: FormatUnknown, PEM: true}, false},
		{"broken pkcs8", pemOf("PRIVATE KEY", fakeBody), KeyFacts{Format: FormatPKCS8, PEM: true}, false},
		{"der pkcs8", pkcs8(t, m.ecKey), KeyFacts{Format: FormatDER}, true},
		{"der pkcs1", x509MarshalPKCS1(m), KeyFacts{Format: FormatDER}, true},
		{"der sec1", sec1(t, m.ecKey), KeyFacts{Format: FormatDER}, true},
		{"pkcs12", pfx(false), KeyFacts{Format: FormatPKCS12}, false},
		{"certificate only", certsPEM(m.leaf), KeyFacts{Format: FormatUnknown, PEM: true}, false},
		{"public key", pemOf("PUBLIC KEY", []byte("x")), KeyFacts{Format: FormatUnknown, PEM: true}, false},
		{"empty", []byte{}, KeyFacts{Format: FormatEmpty}, false},
		{"blank", []byte("\n\n"), KeyFacts{Format: FormatEmpty}, false},
		{"garbage", []byte("\x00\x01\x02"), KeyFacts{Format: FormatUnknown}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Key(tt.in)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreUnexported(KeyFacts{})); diff != "" {
				t.Errorf("Key (-want +got):\n%s", diff)
			}
			if got.Parsed() != tt.parsed {
				t.Errorf("Parsed() = %v, want %v", got.Parsed(), tt.parsed)
			}
		})
	}
}
