package pem

import (
	"crypto"
	"crypto/x509"
	"strings"
)

// KeyFacts describes private key material: its encoding and whether a
// passphrase protects it. The key itself is never kept: only a
// fingerprint of its public half, to compare with a certificate.
type KeyFacts struct {
	Format    string // FormatPKCS8, FormatPKCS1, FormatSEC1, FormatEncryptedPKCS8, FormatLegacyEncrypted, FormatOpenSSH, FormatDER, FormatPKCS12, FormatEmpty or FormatUnknown
	PEM       bool   // the text holds PEM armour (any block type)
	Encrypted bool   // a passphrase protects the key

	pub fingerprint // public key, for Matches
	has bool        // pub is set: the key was parsed
}

// Parsed reports whether the key could be read, which Matches needs.
func (k KeyFacts) Parsed() bool { return k.has }

// Parsed reports whether the leaf certificate's public key is known,
// which Matches needs.
func (c CertFacts) Parsed() bool { return c.has }

// Matches reports whether k is the private key of the leaf certificate of
// c, the one a server presents: the first certificate that is not a CA,
// else the first one. ok is false when either half could not be parsed.
func (k KeyFacts) Matches(c CertFacts) (match, ok bool) {
	if !k.has || !c.has {
		return false, false
	}
	return k.pub == c.leaf, true
}

// Key analyses private key material: PEM PKCS#8, PKCS#1 and SEC1 keys,
// encrypted PKCS#8 and legacy OpenSSL encryption (recognised from their
// armour, not decrypted), OpenSSH keys, DER keys and PKCS#12 archives.
// The first block that holds a private key decides; CERTIFICATE blocks
// before it are skipped.
func Key(data []byte) KeyFacts {
	if blank(data) {
		return KeyFacts{Format: FormatEmpty}
	}
	if bs := blocks(data); len(bs) > 0 {
		for _, b := range bs {
			if k, ok := pemKey(b); ok {
				k.PEM = true
				return k
			}
		}
		return KeyFacts{Format: FormatUnknown, PEM: true}
	}
	switch {
	case isOpenSSH(data):
		return KeyFacts{Format: FormatOpenSSH}
	case isPKCS12(data):
		return KeyFacts{Format: FormatPKCS12}
	}
	if pub, ok := derKey(data); ok {
		k := KeyFacts{Format: FormatDER}
		k.pub, k.has = publicFingerprint(pub)
		return k
	}
	return KeyFacts{Format: FormatUnknown}
}

// pemKey reads one PEM block; ok is false when it holds no private key.
func pemKey(b *pemBlock) (KeyFacts, bool) {
	if !strings.HasSuffix(b.Type, "PRIVATE KEY") {
		return KeyFacts{}, false
	}
	if legacyEncrypted(b) {
		return KeyFacts{Format: FormatLegacyEncrypted, Encrypted: true}, true
	}
	var (
		k   KeyFacts
		pub crypto.PublicKey
		err error
	)
	switch b.Type {
	case "PRIVATE KEY":
		k.Format = FormatPKCS8
		pub, err = publicOf(x509.ParsePKCS8PrivateKey(b.Bytes))
	case "RSA PRIVATE KEY":
		k.Format = FormatPKCS1
		pub, err = publicOf(x509.ParsePKCS1PrivateKey(b.Bytes))
	case "EC PRIVATE KEY":
		k.Format = FormatSEC1
		pub, err = publicOf(x509.ParseECPrivateKey(b.Bytes))
	case "ENCRYPTED PRIVATE KEY":
		return KeyFacts{Format: FormatEncryptedPKCS8, Encrypted: true}, true
	case "OPENSSH PRIVATE KEY":
		return KeyFacts{Format: FormatOpenSSH, Encrypted: opensshEncrypted(b.Bytes)}, true
	default: // DSA, PuTTY conversions and the like
		return KeyFacts{Format: FormatUnknown}, true
	}
	if err == nil && pub != nil {
		k.pub, k.has = publicFingerprint(pub)
	}
	return k, true
}

// derKey tries the binary encodings of an unencrypted private key.
func derKey(b []byte) (crypto.PublicKey, bool) {
	if pub, err := publicOf(x509.ParsePKCS8PrivateKey(b)); err == nil && pub != nil {
		return pub, true
	}
	if pub, err := publicOf(x509.ParsePKCS1PrivateKey(b)); err == nil && pub != nil {
		return pub, true
	}
	if pub, err := publicOf(x509.ParseECPrivateKey(b)); err == nil && pub != nil {
		return pub, true
	}
	return nil, false
}

// publicOf keeps only the public half of a parsed private key, so the
// private key is garbage as soon as the caller returns.
func publicOf[K any](key K, err error) (crypto.PublicKey, error) {
	if err != nil {
		return nil, err
	}
	if d, ok := any(key).(interface{ Public() crypto.PublicKey }); ok {
		return d.Public(), nil
	}
	return nil, nil
}
