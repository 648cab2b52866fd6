package terraform

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
)

// FuzzParse evaluates a fuzzed main.tf (and a fuzzed terraform.tfvars)
// as a root module. Properties: no panic, every range inside its file, the
// same input gives the same graph.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(fixtures, "*", "*.tf"))
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data, []byte("location = \"westeurope\"\n"))
		}
	}
	f.Add([]byte("resource \"a_b\" \"c\" {\n  count = 3\n  x = [for i in range(count.index) : i]\n}\n"), []byte{})
	root := f.TempDir()
	f.Fuzz(func(t *testing.T, main, vars []byte) {
		files := []discover.File{
			{Path: "main.tf", Format: discover.Terraform, Data: main},
			{Path: "terraform.tfvars", Format: discover.TerraformVars, Data: vars},
		}
		sizes := map[string]int{"main.tf": len(main), "terraform.tfvars": len(vars)}
		opts := Options{Root: root, MaxInstances: 50, MaxTotal: 500}
		start := time.Now()
		a := Parse(files, opts)
		if d := time.Since(start); d > 10*time.Second { // a hang, not a benchmark
			t.Fatalf("evaluation took %v", d)
		}
		for _, n := range a.Nodes {
			inside(t, sizes, n.Range)
			for _, r := range n.Ranges {
				inside(t, sizes, r)
			}
			for _, r := range n.Keys {
				inside(t, sizes, r)
			}
		}
		for _, d := range a.Diags {
			if d.Subject.Filename != "" {
				inside(t, sizes, d.Subject)
			}
		}
		b := Parse(files, opts)
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Fatalf("two evaluations differ:\n%s\n%s", ja, jb)
		}
	})
}

func inside(t *testing.T, sizes map[string]int, r graph.Range) {
	t.Helper()
	n, ok := sizes[r.Filename]
	if !ok {
		t.Fatalf("range in unknown file %q", r.Filename)
	}
	if r.Start.Byte < 0 || r.End.Byte > n || r.Start.Byte > r.End.Byte || r.Start.Line < 1 || r.Start.Column < 1 {
		t.Fatalf("range %#v outside a file of %d bytes", r, n)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
