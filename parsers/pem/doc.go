// Package pem reads the TLS certificates and private keys that
// configuration hands to the Azure ML inference router, and describes them
// for the TLS rules, using only the standard library.
//
// Certificate and Key analyse one piece of material each (cert.go,
// key.go). They tell the encoding apart: PEM with CERTIFICATE blocks,
// DER, PKCS#12/PFX archives (recognised from their first bytes, never
// parsed), OpenSSH keys, PKCS#8, PKCS#1 and SEC1 keys, passphrase
// protection (an ENCRYPTED PRIVATE KEY block, or a legacy
// "Proc-Type: 4,ENCRYPTED" header), empty input and anything else. For
// each certificate of a chain, in file order, they give subject, issuer,
// common name, DNS names, whether it is self-signed (issuer equals subject
// and the signature verifies with its own key), whether it is a CA, and
// its validity period. KeyFacts.Matches says whether a key belongs to the
// leaf of a chain (its first certificate that is not a CA, else its first).
//
// Attach (attach.go) finds the material on the nodes of a graph and
// records the analysis as the node fact "tls":
//
//   - Azure ML extensions: scoringFe.sslCert / scoringFe.sslKey (base64
//     of the PEM text) and sslCertPemFile / sslKeyPemFile (a path,
//     relative to the folder of the file that declares the extension or,
//     failing that, to the Terraform root module's folder; read only inside
//     the scan root and up to a size limit; read.go), in the protected
//     settings first, then in the plain ones;
//   - Kubernetes Secrets: cert.pem and key.pem, from data or stringData;
//   - Azure ML AKS computes: sslConfiguration cert and key (PEM text).
//
// The fact has the shape
//
//	{"cert": {"attr": [...], "source": "inline"|"base64"|"file", "file": ..., "error": ...,
//	          "format": ..., "pem": bool, "parse_error": ...,
//	          "chain": [{"subject", "issuer", "common_name", "dns_names", "self_signed",
//	                     "is_ca", "not_before", "not_after"}, ...]},
//	 "key":  {"attr": [...], "source": ..., "file": ..., "error": ...,
//	          "format": ..., "pem": bool, "encrypted": bool, "matches_certificate": bool}}
//
// where a half is present only when the node gives material for it, attr
// is the attribute path of that material on the node, "error" says why it
// could not be read (and then no analysis follows), "parse_error" why some
// or all certificates could not be parsed, and "matches_certificate" is
// present only when both the key and the leaf certificate were parsed.
// Values that are unknown statically or are not strings give no half.
//
// No key material leaves the package: facts, diagnostics and errors hold
// descriptions only, and of a private key nothing but a hash of its public
// half is kept, to compare with the certificate.
package pem
