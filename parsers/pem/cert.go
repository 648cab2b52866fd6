package pem

import (
	"bytes"
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"time"
)

// CertFacts describes certificate material: how it is encoded and, when
// certificates could be read, each of them in file order.
type CertFacts struct {
	Format     string // FormatPEM, FormatDER, FormatPKCS12, FormatOpenSSH, FormatEmpty or FormatUnknown
	PEM        bool   // the text holds PEM armour (any block type)
	Chain      []Cert // the certificates read, in file order
	ParseError string // why some or all of the material could not be read; "" when all of it was

	leaf   fingerprint // public key of the leaf certificate, for Matches
	has    bool        // leaf is set
	leafCA bool        // the leaf so far is a CA: a later non-CA certificate replaces it
}

// Cert is what the TLS rules need to know about one certificate.
type Cert struct {
	Subject    string // RFC 2253-style distinguished name
	Issuer     string
	CommonName string
	DNSNames   []string
	SelfSigned bool // issuer equals subject and the signature verifies with the certificate's own key
	IsCA       bool // basic constraints mark a certificate authority
	NotBefore  time.Time
	NotAfter   time.Time
}

// Certificate analyses certificate material: PEM text with CERTIFICATE
// blocks, DER certificates, and, recognised but not parsed, PKCS#12
// archives and OpenSSH keys given where a certificate belongs.
func Certificate(data []byte) CertFacts {
	if blank(data) {
		return CertFacts{Format: FormatEmpty}
	}
	if bs := blocks(data); len(bs) > 0 {
		return pemCertificates(data, bs)
	}
	switch {
	case isOpenSSH(data):
		return CertFacts{Format: FormatOpenSSH, ParseError: "an OpenSSH key, not a certificate"}
	case isPKCS12(data):
		return CertFacts{Format: FormatPKCS12, ParseError: "a PKCS#12 (PFX) archive; convert it to PEM"}
	}
	certs, err := x509.ParseCertificates(data)
	if err != nil || len(certs) == 0 {
		return CertFacts{Format: FormatUnknown, ParseError: "not a PEM, DER or PKCS#12 certificate"}
	}
	f := CertFacts{Format: FormatDER}
	if len(certs) > maxCerts {
		certs = certs[:maxCerts]
		f.ParseError = fmt.Sprintf("more than %d certificates; the rest are not read", maxCerts)
	}
	for _, c := range certs {
		f.add(c)
	}
	return f
}

// pemCertificates reads the CERTIFICATE blocks of PEM text.
func pemCertificates(data []byte, bs []*pemBlock) CertFacts {
	f := CertFacts{Format: FormatPEM, PEM: true}
	var errs, others []string
	n := 0
	for _, b := range bs {
		if b.Type != "CERTIFICATE" {
			others = append(others, b.Type)
			continue
		}
		n++
		if n > maxCerts {
			errs = append(errs, fmt.Sprintf("more than %d certificates; the rest are not read", maxCerts))
			break
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			errs = append(errs, fmt.Sprintf("certificate %d: %s", n, conciseError(err)))
			continue
		}
		f.add(c)
	}
	if n == 0 {
		f.Format = FormatUnknown
		if isOpenSSH(data) {
			f.Format = FormatOpenSSH
		}
		errs = append(errs, "no CERTIFICATE block; found "+strings.Join(others, ", "))
	}
	f.ParseError = strings.Join(errs, "; ")
	return f
}

// add appends c to the chain. The leaf, whose key Matches compares, is
// the first certificate that is not a CA, else the first one.
func (f *CertFacts) add(c *x509.Certificate) {
	dns := c.DNSNames
	if dns == nil {
		dns = []string{}
	}
	f.Chain = append(f.Chain, Cert{
		Subject:    c.Subject.String(),
		Issuer:     c.Issuer.String(),
		CommonName: c.Subject.CommonName,
		DNSNames:   dns,
		SelfSigned: selfSigned(c),
		IsCA:       c.BasicConstraintsValid && c.IsCA,
		NotBefore:  c.NotBefore.UTC(),
		NotAfter:   c.NotAfter.UTC(),
	})
	isCA := c.BasicConstraintsValid && c.IsCA
	if len(f.Chain) == 1 || (f.leafCA && !isCA) {
		f.leaf, f.has = publicFingerprint(c.PublicKey)
		f.leafCA = isCA
	}
}

// selfSigned reports whether c names itself as issuer and its signature
// verifies with its own public key. The signature is checked directly
// rather than with CheckSignatureFrom, which would also require c to be a
// CA: a self-signed leaf without the CA flag is exactly what the rules
// look for. A signature algorithm Go refuses as insecure (MD5) cannot be
// verified; such a certificate counts as self-signed when no authority key
// identifier points elsewhere.
func selfSigned(c *x509.Certificate) bool {
	if !bytes.Equal(c.RawIssuer, c.RawSubject) {
		return false
	}
	err := c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature)
	var insecure x509.InsecureAlgorithmError
	if errors.As(err, &insecure) {
		return len(c.AuthorityKeyId) == 0 || bytes.Equal(c.AuthorityKeyId, c.SubjectKeyId)
	}
	return err == nil
}

// conciseError keeps the first line of a parse error.
func conciseError(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
