package corpus_test

import (
	"fmt"
	"testing"

	"github.com/moatscan/moat/internal/corpus"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// TestBicepSyntax parses a compliant and a non-compliant entry file, their
// parameters files and the modules, and wants no syntax diagnostics.
func TestBicepSyntax(t *testing.T) {
	files := map[string]*syntax.File{}
	for _, i := range []int{0, 3} {
		name := fmt.Sprintf("main%02d", i)
		files[name+".bicep"] = syntax.Parse(name+".bicep", []byte(corpus.BicepTemplate(i)))
		files[name+".bicepparam"] = syntax.ParseParams(name+".bicepparam", []byte(corpus.BicepParams(i)))
	}
	for rel, src := range corpus.BicepModules() {
		files[rel] = syntax.Parse(rel, []byte(src))
	}
	for name, f := range files {
		if len(f.Stmts) == 0 {
			t.Errorf("%s: no statements", name)
		}
		for _, d := range f.Diags {
			t.Errorf("%s: %v", name, d)
		}
	}
}
