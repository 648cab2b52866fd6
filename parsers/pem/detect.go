package pem

import (
	"bytes"
	"crypto"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	stdpem "encoding/pem"
	"strings"
)

// Formats the analysis reports, shared by certificates and keys.
const (
	FormatPEM             = "pem"              // PEM text with at least one CERTIFICATE block
	FormatDER             = "der"              // binary DER certificate or key
	FormatPKCS12          = "pkcs12"           // a PKCS#12 (PFX) archive
	FormatOpenSSH         = "openssh"          // an OpenSSH key
	FormatEmpty           = "empty"            // nothing but blank space
	FormatUnknown         = "unknown"          // none of the above
	FormatPKCS8           = "pkcs8"            // PEM PRIVATE KEY
	FormatPKCS1           = "pkcs1"            // PEM RSA PRIVATE KEY
	FormatSEC1            = "sec1"             // PEM EC PRIVATE KEY
	FormatEncryptedPKCS8  = "encrypted-pkcs8"  // PEM ENCRYPTED PRIVATE KEY
	FormatLegacyEncrypted = "legacy-encrypted" // PEM key with a Proc-Type: 4,ENCRYPTED header
)

// Bounds on the work one input may cause.
const (
	maxBlocks = 256 // PEM blocks looked at
	maxCerts  = 64  // certificates parsed
)

// pemBlock is one block of PEM text.
type pemBlock = stdpem.Block

// blank reports whether b holds nothing but blank space.
func blank(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

// blocks returns the PEM blocks of b in order, at most maxBlocks.
func blocks(b []byte) []*pemBlock {
	var out []*pemBlock
	for len(out) < maxBlocks {
		var blk *pemBlock
		blk, b = stdpem.Decode(b)
		if blk == nil {
			break
		}
		out = append(out, blk)
	}
	return out
}

// legacyEncrypted reports whether a PEM block carries the header with
// which OpenSSL marks a passphrase-encrypted traditional key.
func legacyEncrypted(b *pemBlock) bool {
	return strings.EqualFold(strings.ReplaceAll(b.Headers["Proc-Type"], " ", ""), "4,ENCRYPTED")
}

// The object identifiers a PKCS#12 archive's content starts with:
// pkcs7-data (password integrity) and pkcs7-signedData (public-key
// integrity), DER encoded with their tag and length.
var (
	oidData       = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01}
	oidSignedData = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}
)

// isPKCS12 recognises a PFX archive without parsing it: a SEQUENCE whose
// first element is the INTEGER 3 (the PFX version) followed by a SEQUENCE
// that starts with a PKCS#7 content type. BER's indefinite lengths, which
// some tools write, are accepted.
func isPKCS12(b []byte) bool {
	pfx, ok := sequence(b)
	if !ok || !bytes.HasPrefix(pfx, []byte{0x02, 0x01, 0x03}) {
		return false
	}
	auth, ok := sequence(pfx[3:])
	return ok && (bytes.HasPrefix(auth, oidData) || bytes.HasPrefix(auth, oidSignedData))
}

// sequence returns the content of the ASN.1 SEQUENCE b starts with (the
// rest of b when its length is indefinite).
func sequence(b []byte) ([]byte, bool) {
	if len(b) < 2 || b[0] != 0x30 {
		return nil, false
	}
	l, b := int(b[1]), b[2:]
	switch {
	case l < 0x80:
	case l == 0x80:
		return b, true
	case l-0x80 > 3 || len(b) < l-0x80:
		return nil, false
	default:
		n := l - 0x80
		l = 0
		for _, c := range b[:n] {
			l = l<<8 | int(c)
		}
		b = b[n:]
	}
	if len(b) < l {
		return nil, false
	}
	return b[:l], true
}

// opensshMagic starts the body of an OpenSSH private key.
const opensshMagic = "openssh-key-v1\x00"

// isOpenSSH recognises OpenSSH key text: the private key armour or a
// one-line public key ("ssh-ed25519 AAAA…", "ecdsa-sha2-nistp256 AAAA…").
func isOpenSSH(b []byte) bool {
	t := bytes.TrimSpace(b)
	if bytes.HasPrefix(t, []byte("-----BEGIN OPENSSH PRIVATE KEY-----")) {
		return true
	}
	for _, p := range []string{"ssh-", "ecdsa-sha2-", "sk-ssh-", "sk-ecdsa-"} {
		if bytes.HasPrefix(t, []byte(p)) {
			return true
		}
	}
	return false
}

// opensshEncrypted reads the cipher name of an OpenSSH private key body;
// anything but "none" means the key is protected by a passphrase.
func opensshEncrypted(body []byte) bool {
	rest, ok := bytes.CutPrefix(body, []byte(opensshMagic))
	if !ok || len(rest) < 4 {
		return false
	}
	n := binary.BigEndian.Uint32(rest)
	if uint64(n) > uint64(len(rest)-4) {
		return false
	}
	return string(rest[4:4+n]) != "none"
}

// fingerprint identifies a public key without holding it: the SHA-256 of
// its PKIX encoding. The zero value means no key is known.
type fingerprint [sha256.Size]byte

// publicFingerprint returns the fingerprint of pub, false for a key type
// that has no PKIX encoding.
func publicFingerprint(pub crypto.PublicKey) (fingerprint, bool) {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return fingerprint{}, false
	}
	return sha256.Sum256(der), true
}
