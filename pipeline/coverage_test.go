package pipeline

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/policies"
)

// TestCoverage checks the three verdicts: a resource with a finding
// violates, one with only an undetermined note is undetermined, the rest
// of the applicable set complies; a finding about another resource counts
// for the one it applies to, and a rule with an empty scope is not
// applicable.
func TestCoverage(t *testing.T) {
	rule := strings.Replace(meta, "%s", "AZR-WI-001", 1) + `package wi.cov

applicable contains n.id if some n in input.nodes

deny contains {"msg": "bad", "resource": "v1/ServiceAccount/default/bad"}

deny contains {"msg": "unsure", "resource": "v1/ServiceAccount/default/unsure", "undetermined": true}

deny contains {"msg": "works, but", "resource": "v1/ServiceAccount/default/good", "advisory": true}

deny contains {"msg": "via other", "resource": "v1/ServiceAccount/default/good", "applies_to": "v1/ServiceAccount/default/other", "level": "warning"}
`
	empty := strings.Replace(meta, "%s", "AZR-WI-002", 1) + `package wi.empty

deny contains {"msg": "never", "resource": "x"} if false
`
	e, err := policies.New(context.Background(), policies.Options{FS: fstest.MapFS{
		"wi/cov.rego": {Data: []byte(rule)}, "wi/empty.rego": {Data: []byte(empty)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var src strings.Builder
	for _, name := range []string{"bad", "unsure", "good", "other"} {
		src.WriteString("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: " + name + "\n---\n")
	}
	write(t, dir, map[string]string{"sa.yaml": src.String()})
	rep, _, err := Run(context.Background(), Options{Root: dir, Config: config.Default(), Engine: e, Coverage: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", rep.Diagnostics)
	}
	c := rep.Coverage
	if c == nil || len(c.Requirements) != 2 {
		t.Fatalf("coverage = %+v", c)
	}
	var got []string
	for _, s := range c.Requirements[0].Resources {
		got = append(got, s.Status+" "+s.Node+" "+strings.Join(s.Reasons, "|"))
	}
	want := []string{
		"violating v1/ServiceAccount/default/bad error: bad",
		"violating v1/ServiceAccount/default/other warning: via other",
		"undetermined v1/ServiceAccount/default/unsure unsure",
		"compliant v1/ServiceAccount/default/good works, but",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if len(c.Requirements[1].Resources) != 0 || c.NotApplicable != 1 {
		t.Errorf("empty rule: %+v, not applicable %d", c.Requirements[1], c.NotApplicable)
	}
	if c.Compliant != 1 || c.Violating != 2 || c.Undetermined != 1 || len(c.NotCheckable) != len(policies.NotCheckable()) {
		t.Errorf("totals: %+v", c)
	}
	for _, f := range rep.Findings {
		if f.Message == "unsure" && (f.Level != finding.Note || !f.Undetermined) {
			t.Errorf("undetermined result is %s, undetermined %v", f.Level, f.Undetermined)
		}
	}
}
