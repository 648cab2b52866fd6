package bicep

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
)

// TestCorpus evaluates the real repositories of the corpus (AKS baseline,
// AKS construction, Azure Verified Modules, …): none may crash, none but
// one may give an error diagnostic (aks-construction's deploy-stages
// sample passes a parameter it never declares, which the compiler
// rejects too), and the share of resources
// whose type, name and properties are fully known is logged (go test -run
// TestCorpus -v).
func TestCorpus(t *testing.T) {
	root := filepath.Join(corpusDir, "real")
	if _, err := os.Stat(root); err != nil {
		t.Skip("corpus not present")
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := discover.Walk(nil, discover.Options{Root: abs})
	var files []discover.File
	n := 0
	for _, f := range all {
		switch f.Format {
		case discover.Bicep:
			n++
			files = append(files, f)
		case discover.BicepParams, discover.ARMParams:
			files = append(files, f)
		}
	}
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(abs, filepath.FromSlash(name))) }
	res := Parse(files, Options{ReadFile: read})
	core, full := 0, 0
	for _, nd := range res.Nodes {
		if len(nd.Unknown) == 0 {
			full++
		}
		if !nd.IsUnknown(graph.P("name")) && !nd.IsUnknown(graph.P("properties")) {
			core++
		}
	}
	codes, errs := map[string]int{}, 0
	for _, d := range res.Diags {
		if d.Severity == graph.Error {
			errs++
			t.Logf("%v", d)
		}
		codes[d.Code]++
	}
	if errs > 1 {
		t.Errorf("%d error diagnostics, want 1", errs)
	}
	t.Logf("%d Bicep files, %d resources: %d (%.1f%%) with name and properties known, %d (%.1f%%) fully known; diagnostics by code: %v",
		n, len(res.Nodes), core, pct(core, len(res.Nodes)), full, pct(full, len(res.Nodes)), codes)
	for why, k := range res.Unknowns {
		if k >= 20 {
			t.Logf("%6d unknown: %s", k, why)
		}
	}
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
