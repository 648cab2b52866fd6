package pipeline

import (
	"path/filepath"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/pem"
)

// attachTLS records what the certificates and keys that the graph's nodes
// carry or name are (the "tls" facts the TLS rules read), then takes the
// private keys out of the nodes' attributes so that no rule, report or
// graph dump can quote them.
func attachTLS(g *graph.Graph, opts Options) graph.Diagnostics {
	root, err := filepath.Abs(opts.Root)
	if err != nil {
		root = opts.Root
	}
	ds := pem.Attach(g, pem.Options{Root: root, MaxFileSize: opts.MaxFileSize})
	for _, n := range g.Nodes() {
		redactKeys(n)
	}
	return ds
}

// keyPaths are where Azure resources hold private key text or its base64.
var keyPaths = []graph.Path{
	graph.P("properties", "configurationProtectedSettings", "scoringFe.sslKey"),
	graph.P("properties", "configurationSettings", "scoringFe.sslKey"),
	graph.P("properties", "configurationProtectedSettings", "sslKeyPemFile"),
	graph.P("properties", "configurationSettings", "sslKeyPemFile"),
	graph.P("properties", "properties", "sslConfiguration", "key"),
}

// redactKeys replaces key material (a string that is not a file path) by
// a placeholder, as the Kubernetes parser does for Secret data.
func redactKeys(n *graph.Node) {
	if n.IsKubernetes() {
		return
	}
	for _, p := range keyPaths {
		v, _ := graph.Lookup(n.Attrs, p[:len(p)-1])
		parent, ok := v.(map[string]any)
		if !ok {
			continue
		}
		s, ok := parent[p[len(p)-1]].(string)
		if !ok || s == "" || (strings.HasSuffix(p[len(p)-1], "PemFile") && !strings.Contains(s, "-----BEGIN")) {
			continue
		}
		parent[p[len(p)-1]] = "(redacted)"
	}
}
