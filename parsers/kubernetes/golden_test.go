package kubernetes

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtures is the folder of parser fixtures: inputs and their golden graphs.
const fixtures = "../../fixtures/parsers/kubernetes"

// inputs returns the fixture inputs (not the golden files).
func inputs(t testing.TB) []string {
	t.Helper()
	var out []string
	for _, pattern := range []string{"*.yaml", "*.json"} {
		m, err := filepath.Glob(filepath.Join(fixtures, pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			if !strings.HasSuffix(f, ".golden.json") {
				out = append(out, f)
			}
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("no fixtures found")
	}
	return out
}

// goldenPath names the golden file of a fixture input.
func goldenPath(in string) string {
	return strings.TrimSuffix(strings.TrimSuffix(in, ".json"), ".yaml") + ".golden.json"
}

func TestGolden(t *testing.T) {
	seen := make(map[string]string)
	for _, in := range inputs(t) {
		name := filepath.Base(in)
		if other, dup := seen[goldenPath(in)]; dup {
			t.Fatalf("%s and %s would share a golden file; rename one", other, name)
		}
		seen[goldenPath(in)] = name
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			nodes, diags := Parse(name, src, Options{})
			got := renderGolden(t, nodes, diags)
			golden.Compare(t, goldenPath(in), got, *update)
		})
	}
}

func renderGolden(t *testing.T, nodes []*graph.Node, diags graph.Diagnostics) []byte {
	t.Helper()
	return golden.JSON(t, golden.Render(nodes, nil, diags, golden.Options{}))
}

// short writes a range compactly: line:col-line:col @byte-byte.
func short(r graph.Range) string { return golden.Short(r) }
