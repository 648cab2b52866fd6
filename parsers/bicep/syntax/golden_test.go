package syntax

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/moatscan/moat/internal/golden"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden parses each testdata/*.bicep and *.bicepparam file and
// compares the dump of its tree and diagnostics with the .golden file
// beside it (go test -update rewrites them). Only errors.bicep has
// diagnostics.
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.bicep*")
	if len(paths) < 4 {
		t.Fatalf("only %d golden inputs", len(paths))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f := parseFile(filepath.Base(path), src)
			if hasErrors := len(f.Diags) > 0; hasErrors != strings.HasPrefix(filepath.Base(path), "errors") {
				t.Errorf("diagnostics: %v", f.Diags)
			}
			checkSpans(t, f)
			golden.Compare(t, strings.TrimSuffix(path, filepath.Ext(path))+".golden", []byte(dump(f)), *update)
		})
	}
}
