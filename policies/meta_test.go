package policies

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
)

var update = flag.Bool("update", false, "rewrite policies in opa fmt style")

// TestFormatted is `opa fmt --diff` for the policy tree, with the OPA
// version go.mod pins; -update formats the files in place.
func TestFormatted(t *testing.T) {
	err := fs.WalkDir(os.DirFS("."), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		got, err := format.SourceWithOpts(p, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		if !bytes.Equal(got, src) && *update {
			return os.WriteFile(p, got, 0o644)
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s is not formatted as opa fmt writes it:\n%s", p, got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestEveryRuleTested checks that each rule package has a test package
// beside it with deny, allow and unknown cases.
func TestEveryRuleTested(t *testing.T) {
	mods, err := parseModules(os.DirFS("."), true)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]map[string]bool{}
	for _, m := range mods {
		pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
		if !strings.HasSuffix(pkg, "_test") {
			continue
		}
		kinds := map[string]bool{}
		for _, r := range m.Rules {
			name := r.Head.Name.String()
			for _, k := range []string{"test_deny_", "test_allow_", "test_unknown_"} {
				if strings.HasPrefix(name, k) {
					kinds[k] = true
				}
			}
		}
		tests[strings.TrimSuffix(pkg, "_test")] = kinds
	}
	for name, m := range mods {
		pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
		if strings.HasPrefix(name, "lib/") || strings.HasSuffix(name, "_test.rego") {
			continue
		}
		for _, k := range []string{"test_deny_", "test_allow_", "test_unknown_"} {
			if !tests[pkg][k] {
				t.Errorf("%s: no %s* test in %s_test", name, k, pkg)
			}
		}
	}
}
