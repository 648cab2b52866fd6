package arm

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/corpus"
)

// FuzzTemplate evaluates arbitrary templates: no panic, every range
// inside the file, the same graph twice.
func FuzzTemplate(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(fixtures, "*", "*.json"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(corpus.ARMTemplate(3)))
	f.Fuzz(func(t *testing.T, src []byte) {
		files := []discover.File{{Path: "main.json", Format: discover.ARM, Data: src}}
		res := Parse(files, Options{MaxInstances: 2000})
		check := func(r graph.Range) {
			if r.Filename != "" && r.Filename != "main.json" {
				t.Errorf("range in %q", r.Filename)
			}
			if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(src) {
				t.Errorf("range %v outside the %d bytes of the file", r, len(src))
			}
		}
		for _, n := range res.Nodes {
			check(n.Range)
			for _, r := range n.Ranges {
				check(r)
			}
			for _, r := range n.Keys {
				check(r)
			}
		}
		for _, d := range res.Diags {
			check(d.Subject)
		}
		again := Parse(files, Options{MaxInstances: 2000})
		if diff := cmp.Diff(ids(res), ids(again)); diff != "" {
			t.Errorf("second evaluation differs (-first +second):\n%s", diff)
		}
	})
}

func ids(r Result) []string {
	out := make([]string, 0, len(r.Nodes))
	for _, n := range r.Nodes {
		out = append(out, n.ID)
	}
	return out
}
