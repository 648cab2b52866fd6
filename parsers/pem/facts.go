package pem

import (
	"time"

	"github.com/moatscan/moat/graph"
)

// setFacts records the "tls" fact of n: {"cert": C, "key": K}, each half
// only when n gives material for it.
func setFacts(n *graph.Node, cert, key *material) {
	tls := map[string]any{}
	var (
		cf     CertFacts
		kf     KeyFacts
		cm, km map[string]any
	)
	if cert != nil {
		cm = cert.facts()
		if cert.err == "" {
			cf = Certificate(cert.data)
			cf.put(cm)
		}
		tls["cert"] = cm
	}
	if key != nil {
		km = key.facts()
		if key.err == "" {
			kf = Key(key.data)
			kf.put(km)
		}
		tls["key"] = km
	}
	if cm != nil && km != nil {
		if match, ok := kf.Matches(cf); ok {
			km["matches_certificate"] = match
		}
	}
	if len(tls) == 0 {
		return
	}
	if n.Facts == nil {
		n.Facts = make(map[string]any)
	}
	n.Facts["tls"] = tls
}

// facts describes where the material is and, when it cannot be read, why.
func (m *material) facts() map[string]any {
	attr := make([]any, len(m.attr))
	for i, s := range m.attr {
		attr[i] = s
	}
	f := map[string]any{"attr": attr, "source": m.source}
	if m.source == sourceFile {
		f["file"] = m.file
	}
	if m.err != "" {
		f["error"] = m.err
	}
	return f
}

// put adds the certificate facts: format, pem, chain and, when something
// could not be read, parse_error.
func (c CertFacts) put(f map[string]any) {
	chain := make([]any, len(c.Chain))
	for i, x := range c.Chain {
		chain[i] = x.facts()
	}
	f["format"], f["pem"], f["chain"] = c.Format, c.PEM, chain
	if c.ParseError != "" {
		f["parse_error"] = c.ParseError
	}
}

// facts is the certificate as policies see it; times are RFC 3339 UTC.
func (x Cert) facts() map[string]any {
	dns := make([]any, len(x.DNSNames))
	for i, s := range x.DNSNames {
		dns[i] = s
	}
	return map[string]any{
		"subject": x.Subject, "issuer": x.Issuer, "common_name": x.CommonName, "dns_names": dns,
		"self_signed": x.SelfSigned, "is_ca": x.IsCA,
		"not_before": x.NotBefore.UTC().Format(time.RFC3339), "not_after": x.NotAfter.UTC().Format(time.RFC3339),
	}
}

// put adds the key facts: format, pem and encrypted.
func (k KeyFacts) put(f map[string]any) {
	f["format"], f["pem"], f["encrypted"] = k.Format, k.PEM, k.Encrypted
}
