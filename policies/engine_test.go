package policies

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

const goodMeta = `# METADATA
# title: T
# description: D
# related_resources:
#   - ref: https://example.com/doc
# custom:
#   id: AZR-WI-001
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: S
#   remediation: R
#   scope: Sc
#   formats: [kubernetes]
package wi.x

deny contains {"msg": "m", "resource": "r"} if false
`

func TestNewEmbedded(t *testing.T) {
	e, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range e.Rules() {
		ids = append(ids, r.ID)
	}
	// The catalog's statically checkable rules (REQUIREMENTS.md §9), all of
	// them, and the schema rules.
	var want []string
	for _, area := range []struct {
		name string
		n    int
	}{{"INF", 14}, {"ISO", 19}, {"SCH", 4}, {"TLS", 14}, {"WI", 11}} {
		for i := 1; i <= area.n; i++ {
			want = append(want, fmt.Sprintf("AZR-%s-%03d", area.name, i))
		}
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}

func TestMetadataStrict(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown custom key", "  formats: [kubernetes]", "  formats: [kubernetes]\n#   colour: red", "unknown field"},
		{"bad id", "id: AZR-WI-001", "id: WI-1", "not a catalog ID"},
		{"bad severity", "severity: error", "severity: critical", "not error, warning or note"},
		{"bad provenance", "provenance: seed", "provenance: folklore", "provenance"},
		{"bad seed", "003_8257b559f344b36a.txt", "seed.txt", "seed file name"},
		{"no title", "# title: T\n", "", "lacks title"},
		{"bad format", "formats: [kubernetes]", "formats: [helm]", "unknown format"},
		{"no references", "# related_resources:\n#   - ref: https://example.com/doc\n", "", "related_resources"},
		{"no metadata", goodMeta[:strings.Index(goodMeta, "package")], "", "no package METADATA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(goodMeta, tc.from, tc.to, 1)
			fsys := fstest.MapFS{"wi/x.rego": {Data: []byte(src)}}
			_, err := New(context.Background(), Options{FS: fsys})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestDuplicateID(t *testing.T) {
	fsys := fstest.MapFS{
		"wi/x.rego": {Data: []byte(goodMeta)},
		"wi/y.rego": {Data: []byte(strings.Replace(goodMeta, "package wi.x", "package wi.y", 1))},
	}
	_, err := New(context.Background(), Options{FS: fsys})
	if err == nil || !strings.Contains(err.Error(), "used by") {
		t.Fatalf("err = %v, want a duplicate ID error", err)
	}
}

func TestNoNetworkBuiltins(t *testing.T) {
	for _, call := range []string{`http.send({"method": "get", "url": "http://x"})`, `net.lookup_ip_addr("x")`, `time.now_ns()`} {
		t.Run(call, func(t *testing.T) {
			src := strings.Replace(goodMeta, "if false", "if { x := "+call+"; x }", 1)
			_, err := New(context.Background(), Options{FS: fstest.MapFS{"wi/x.rego": {Data: []byte(src)}}})
			if err == nil || !strings.Contains(err.Error(), "undefined function") {
				t.Fatalf("err = %v, want undefined function", err)
			}
		})
	}
}

func TestEvalTimeout(t *testing.T) {
	slow := strings.Replace(goodMeta, "if false", `if { count([x | some x in numbers.range(1, 100000000)]) < 0 }`, 1)
	e, err := New(context.Background(), Options{FS: fstest.MapFS{"wi/x.rego": {Data: []byte(slow)}}, Timeout: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	in, err := Input(graph.New(), Context{Profile: DefaultProfile()})
	if err != nil {
		t.Fatal(err)
	}
	raws, errs := e.Eval(context.Background(), in)
	if len(raws) != 0 || len(errs) != 1 || !errs[0].Timeout {
		t.Fatalf("raws %v errs %+v, want one timeout", raws, errs)
	}
}

func TestSelect(t *testing.T) {
	e, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := e.Select(func(r finding.Rule) bool { return r.Area() == "SCH" })
	var ids []string
	for _, r := range s.Rules() {
		ids = append(ids, r.ID)
	}
	want := []string{"AZR-SCH-001", "AZR-SCH-002", "AZR-SCH-003", "AZR-SCH-004"}
	if !slices.Equal(ids, want) {
		t.Errorf("selected %v, want %v", ids, want)
	}
	if len(e.Rules()) <= len(want) {
		t.Errorf("Select changed the engine it was called on")
	}
}
