package pem

import (
	"testing"

	"github.com/moatscan/moat/graph"
)

func BenchmarkCertificate(b *testing.B) {
	m := testMaterial(b)
	in := certsPEM(m.leaf, m.inter, m.root)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Certificate(in)
	}
}

func BenchmarkKey(b *testing.B) {
	m := testMaterial(b)
	in := pemOf("PRIVATE KEY", pkcs8(b, m.rsaKey))
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		Key(in)
	}
}

// BenchmarkAttach analyses the material of 100 extensions.
func BenchmarkAttach(b *testing.B) {
	m := testMaterial(b)
	cert, key := b64(certsPEM(m.leaf, m.inter)), b64(pemOf("PRIVATE KEY", pkcs8(b, m.ecKey)))
	root := b.TempDir()
	for b.Loop() {
		g := graph.New()
		for i := range 100 {
			n := extension("aml", nil, obj{"scoringFe.sslCert": cert, "scoringFe.sslKey": key})
			n.ID = n.ID + string(rune('a'+i%26)) + string(rune('a'+i/26))
			g.Add(n)
		}
		Attach(g, Options{Root: root})
	}
}
