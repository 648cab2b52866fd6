package bicep

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
)

// TestInvalidSamples evaluates the compiler's invalid samples: each must
// give at least one diagnostic, and none may crash the evaluation.
func TestInvalidSamples(t *testing.T) {
	dir := filepath.Join(corpusDir, "bicep-samples-invalid")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skip("corpus not present")
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, e.Name(), "main.bicep"))
			if err != nil {
				t.Fatal(err)
			}
			res := Parse([]discover.File{{Path: "main.bicep", Format: discover.Bicep, Data: src}}, Options{})
			counts := map[graph.Severity]int{}
			for _, d := range res.Diags {
				counts[d.Severity]++
			}
			if counts[graph.Error]+counts[graph.Warning] == 0 {
				t.Errorf("no diagnostic for an invalid file")
			}
			t.Logf("%d errors, %d warnings, %d resources", counts[graph.Error], counts[graph.Warning], len(res.Nodes))
		})
	}
	if n == 0 {
		t.Fatal("no invalid samples")
	}
}
