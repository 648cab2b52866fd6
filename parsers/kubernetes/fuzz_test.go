package kubernetes

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func FuzzParse(f *testing.F) {
	for _, in := range inputs(f) {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		"", "\ufeff", "---\n...\n", "a: &a [*a]\n", "a: |2\n   x\n", "- - - x\n", "{a: [b, {c: d}]}\n",
		"apiVersion: v1\r\nkind: Secret\r\nmetadata: {name: s}\r\ndata: {k: dg==}\r\n",
		"apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: Pod, metadata: {name: p}}]\n",
		"a: 'x\n", "a:\u0085b: 1\n", "a: \"é\n  ü\"\n", "a: !!binary AAA=\n", "<<: {a: 1}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		nodes, diags := Parse("fuzz.yaml", src, Options{})
		c := newChecker(src)
		for _, d := range diags {
			c.check(t, d.Subject)
		}
		for _, n := range nodes {
			c.node(t, n)
			checkInvariants(t, n)
		}
		again, againDiags := Parse("fuzz.yaml", src, Options{})
		if diff := cmp.Diff(nodes, again); diff != "" {
			t.Errorf("second parse differs (-first +second):\n%s", diff)
		}
		if diff := cmp.Diff(diags, againDiags); diff != "" {
			t.Errorf("second parse's diagnostics differ (-first +second):\n%s", diff)
		}
	})
}

// checkInvariants checks what every node must satisfy whatever the input.
func checkInvariants(t *testing.T, n *graph.Node) {
	t.Helper()
	if _, err := json.Marshal(n.Attrs); err != nil {
		t.Errorf("%s: attrs do not encode as JSON: %v", n.ID, err)
	}
	for _, u := range n.Unknown {
		if _, ok := n.Ranges[u.String()]; !ok {
			t.Errorf("%s: unknown path %s has no range", n.ID, u)
		}
	}
	if n.Sensitive == nil {
		return
	}
	for _, field := range []string{"data", "stringData"} {
		switch v := n.Attrs[field].(type) {
		case nil:
		case map[string]any:
			for k, value := range v {
				if value != redacted {
					t.Errorf("%s: %s[%q] is not redacted", n.ID, field, k)
				}
			}
		default:
			if v != redacted {
				t.Errorf("%s: %s is not redacted", n.ID, field)
			}
		}
	}
}
