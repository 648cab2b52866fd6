package policies

import (
	"context"
	"os"
	"testing"

	"github.com/open-policy-agent/opa/v1/tester"
)

// TestRego runs every *_test.rego of the tree, as `opa test` would, with
// the capabilities the engine uses. Each Rego test is a Go subtest.
func TestRego(t *testing.T) {
	mods, err := parseModules(os.DirFS("."), true)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := tester.NewRunner().SetCompiler(newCompiler()).SetModules(mods).RaiseBuiltinErrors(true).
		RunTests(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r := range ch {
		n++
		t.Run(r.Package+"."+r.Name, func(t *testing.T) {
			if r.Error != nil {
				t.Fatalf("error: %v", r.Error)
			}
			if r.Fail {
				t.Fatalf("failed at %s", r.Location)
			}
		})
	}
	if n == 0 {
		t.Fatal("no Rego tests ran")
	}
}
