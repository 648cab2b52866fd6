package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestGenerateBicep(t *testing.T) {
	dir := t.TempDir()
	const n = 102
	if err := GenerateBicep(dir, n); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		switch {
		case strings.Contains(filepath.ToSlash(rel), "/modules/"):
			count["module"]++
		default:
			count[filepath.Ext(rel)]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{".bicep": n, ".bicepparam": n / 2, "module": 3 * len(BicepModules())}
	for k, v := range want {
		if count[k] != v {
			t.Errorf("%s files: got %d, want %d", k, count[k], v)
		}
	}
	for _, name := range []string{"b000/main00.bicep", "b000/main00.bicepparam", "b002/main01.bicep", "b002/modules/dns.bicep"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Errorf("missing %s: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "b000", "main01.bicepparam")); err == nil {
		t.Error("main01.bicepparam written; parameters files go beside every other entry file only")
	}
}

func TestBicepTemplate(t *testing.T) {
	tests := []struct {
		name     string
		i        int
		has, not []string
	}{
		{"compliant", 0,
			[]string{"enablePrivateCluster: true", "outboundType: 'userDefinedRouting'", "allowInsecureConnections: 'False'", "name: 'Premium'", "param prefix string = 'c0'", "10.0.0.0/16"},
			[]string{"loadBalancer'", "'Enabled'\n    networkAcls"}},
		{"non-compliant", 7,
			[]string{"enablePrivateCluster: false", "outboundType: 'loadBalancer'", "allowInsecureConnections: 'True'", "publicNetworkAccess: 'Enabled'", "name: 'Basic'"},
			[]string{"userDefinedRouting", "enablePrivateCluster: true"}},
		{"octet wraps", 251,
			[]string{"10.1.0.0/16", "param prefix string = 'c251'"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := BicepTemplate(tt.i)
			if strings.Contains(src, "{{") {
				t.Error("unfilled marker")
			}
			for _, s := range tt.has {
				if !strings.Contains(src, s) {
					t.Errorf("missing %q", s)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(src, s) {
					t.Errorf("unexpected %q", s)
				}
			}
			if BicepTemplate(tt.i) != src {
				t.Error("not deterministic")
			}
		})
	}
}

var (
	paramDecl  = regexp.MustCompile(`(?m)^param (\w+) \w+( =)?`)
	outputDecl = regexp.MustCompile(`(?m)^output (\w+) `)
	moduleDecl = regexp.MustCompile(`(?m)^module (\w+) '([^']+)' = \{\n  name: [^\n]+\n  params: \{\n((?:    [^\n]*\n)*)  \}`)
	moduleArg  = regexp.MustCompile(`(?m)^    (\w+): `)
	outputRead = regexp.MustCompile(`(\w+)\.outputs\.(\w+)`)
	paramValue = regexp.MustCompile(`(?m)^param (\w+) = `)
	resource   = regexp.MustCompile(`(?m)^\s*resource \w+ '`)
)

// TestBicepWiring checks what a compiler would: the modules an entry file
// calls exist, receive only parameters they declare and every one they
// require, and declare the outputs read from them; parameters files set
// only declared parameters.
func TestBicepWiring(t *testing.T) {
	modules := BicepModules()
	for _, i := range []int{0, 3} {
		src := BicepTemplate(i)
		if got := len(resource.FindAllString(src, -1)); got < 15 {
			t.Errorf("file %d declares %d resources, want about twenty", i, got)
		}
		calls := moduleDecl.FindAllStringSubmatch(src, -1)
		if len(calls) != len(modules) {
			t.Fatalf("file %d: %d module calls, want %d", i, len(calls), len(modules))
		}
		outs := map[string][]string{}
		for _, c := range calls {
			body, ok := modules[strings.TrimPrefix(c[2], "./")]
			if !ok {
				t.Errorf("module %s: no file %s", c[1], c[2])
				continue
			}
			declared := map[string]bool{}
			for _, m := range paramDecl.FindAllStringSubmatch(body, -1) {
				declared[m[1]] = m[2] != ""
			}
			passed := map[string]bool{}
			for _, m := range moduleArg.FindAllStringSubmatch(c[3], -1) {
				passed[m[1]] = true
				if _, ok := declared[m[1]]; !ok {
					t.Errorf("module %s: parameter %s not declared in %s", c[1], m[1], c[2])
				}
			}
			for p, hasDefault := range declared {
				if !hasDefault && !passed[p] {
					t.Errorf("module %s: required parameter %s not passed", c[1], p)
				}
			}
			for _, m := range outputDecl.FindAllStringSubmatch(body, -1) {
				outs[c[1]] = append(outs[c[1]], m[1])
			}
		}
		for _, m := range outputRead.FindAllStringSubmatch(src, -1) {
			if !slices.Contains(outs[m[1]], m[2]) {
				t.Errorf("file %d reads %s.outputs.%s, which is not declared", i, m[1], m[2])
			}
		}
		declared := map[string]bool{}
		for _, m := range paramDecl.FindAllStringSubmatch(src, -1) {
			declared[m[1]] = true
		}
		for _, m := range paramValue.FindAllStringSubmatch(BicepParams(i), -1) {
			if !declared[m[1]] {
				t.Errorf("parameters file %d sets undeclared %s", i, m[1])
			}
		}
	}
}
