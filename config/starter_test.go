package config

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/policies"
)

var update = flag.Bool("update", false, "rewrite golden files")

// starterRules are four rules of the catalog, out of order.
var starterRules = []finding.Rule{
	{ID: "AZR-WI-002", Title: "Workload identity enabled on the cluster", Severity: finding.Error},
	{ID: "AZR-ISO-004", Title: "Outbound type block is a preview feature", Severity: finding.Warning},
	{ID: "AZR-INF-001", Title: "Workspace dependencies reachable privately from the AKS network", Severity: finding.Error},
	{ID: "AZR-ISO-010", Title: "Azure Files and Blob CSI storage classes use private endpoints", Severity: finding.Error},
}

// uncomment deletes the mark of every line, as a person would to use
// every setting.
func uncomment(t *testing.T, src []byte) []byte {
	lines := strings.Split(string(src), "\n")
	for i, l := range lines {
		if l == "" {
			continue
		}
		if !strings.HasPrefix(l, mark) {
			t.Fatalf("line %d %q does not start with %q", i+1, l, mark)
		}
		lines[i] = l[len(mark):]
	}
	return []byte(strings.Join(lines, "\n"))
}

func TestStarterGolden(t *testing.T) {
	got := Starter(starterRules)
	golden := filepath.Join("testdata", "starter.golden.yaml")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("starter (-want +got), rerun with -update if intended:\n%s", diff)
	}
	reversed := append([]finding.Rule(nil), starterRules...)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	if string(Starter(reversed)) != string(got) {
		t.Error("the starter depends on the order of the rules")
	}
}

func TestStarterParses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules []finding.Rule
	}{{"catalog", starterRules}, {"no rules", nil}} {
		t.Run(tc.name, func(t *testing.T) {
			src := Starter(tc.rules)
			c, ds := Parse(src, FileName)
			if len(ds) != 0 {
				t.Fatal(ds)
			}
			if diff := cmp.Diff(Default(), c, cmpopts.IgnoreUnexported(Config{})); diff != "" {
				t.Errorf("as written (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStarterUncommented(t *testing.T) {
	c, ds := Parse(uncomment(t, Starter(starterRules)), FileName)
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	var ids []string
	for _, r := range starterRules {
		ids = append(ids, r.ID)
	}
	if ds := c.CheckRules(ids); len(ds) != 0 {
		t.Errorf("examples name unknown rules: %v", ds)
	}
	profile := c.Profile
	profile.Manifests = nil
	if diff := cmp.Diff(policies.DefaultProfile(), profile); diff != "" {
		t.Errorf("profile is not the default (-want +got):\n%s", diff)
	}
	if len(c.Sets) != 1 || len(c.Rules.Enable) == 0 || len(c.Rules.Disable) == 0 || len(c.Rules.Severity) == 0 ||
		len(c.Exclude) == 0 || len(c.Suppressions) != 1 || c.Suppressions[0].Until.IsZero() {
		t.Errorf("a section is missing from the examples: %+v", c)
	}
}

func TestStarterExplainsEveryProfileKey(t *testing.T) {
	var walk func(t reflect.Type, prefix string)
	walk = func(typ reflect.Type, prefix string) {
		for i := range typ.NumField() {
			name := yamlName(typ.Field(i))
			if name == "" {
				continue
			}
			if profileHelp[prefix+name] == "" {
				t.Errorf("profile key %s%s has no explanation in the starter", prefix, name)
			}
			if f := typ.Field(i).Type; f.Kind() == reflect.Struct {
				walk(f, prefix+name+".")
			}
		}
	}
	walk(reflect.TypeFor[policies.Profile](), "")
}
