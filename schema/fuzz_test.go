package schema

import (
	"encoding/json"
	"testing"

	"github.com/moatscan/moat/graph"
)

// FuzzCheck checks arbitrary bodies against a few types: no panic, and
// every problem points at an attribute the body writes.
func FuzzCheck(f *testing.F) {
	f.Add(`{"properties": {"bootstrapProfile": {}, "networkProfile": {"outboundType": "none"}, "fqdn": "x"}}`, uint8(0))
	f.Add(`{"properties": {"computeType": "Kubernetes", "properties": {"namespace": "n", "x": [1, {"y": 2}]}}}`, uint8(1))
	f.Add(`{"properties": {"subnets": [{"name": "a", "properties": {"defaultOutboundAccess": false, "nope": null}}]}}`, uint8(2))
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	targets := []struct{ typ, api string }{
		{aks, "2024-05-01"},
		{"Microsoft.MachineLearningServices/workspaces/computes", "2024-10-01"},
		{"Microsoft.Network/virtualNetworks", "2024-05-01"},
		{"Microsoft.Storage/storageAccounts", "2023-01-01"},
	}
	f.Fuzz(func(t *testing.T, body string, which uint8) {
		var attrs map[string]any
		if json.Unmarshal([]byte(body), &attrs) != nil {
			return
		}
		tg := targets[int(which)%len(targets)]
		n := &graph.Node{Type: tg.typ, Format: graph.ARM, Attrs: attrs, Facts: map[string]any{"api_version": tg.api}}
		r, ok := x.Check(n)
		if !ok {
			t.Fatal("node not checked")
		}
		for _, p := range r.Problems {
			if _, ok := graph.Lookup(attrs, p.Attr); !ok {
				t.Errorf("problem at %s, which the body does not write", p.Attr)
			}
		}
		_ = r.Fact()
	})
}
