package sarif

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// decode writes r and reads the log back, checking it against the SARIF
// schema that go-sarif embeds (offline; the validator test goes further).
func decode(t *testing.T, r *finding.Report) (*v210.Report, []byte) {
	t.Helper()
	r.Sort()
	var buf bytes.Buffer
	if err := Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	log, err := v210.FromBytes(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := log.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(log.Runs))
	}
	return log, buf.Bytes()
}

// TestWriteRules checks that every rule is listed, in order, with what
// GitHub code scanning reads.
func TestWriteRules(t *testing.T) {
	r := levelsReport()
	log, _ := decode(t, r)
	rules := log.Runs[0].Tool.Driver.Rules
	var got, want []string
	for i, d := range rules {
		got = append(got, fmt.Sprintf("%s %s %s %v %v", *d.ID, d.DefaultConfiguration.Level, *d.HelpURI,
			d.Properties.Properties["security-severity"], d.Properties.Properties["problem.severity"]))
		if d.Name == nil || d.ShortDescription == nil || d.FullDescription == nil || d.Help == nil ||
			d.Help.Text == nil || d.Help.Markdown == nil || len(d.Properties.Tags) == 0 {
			t.Errorf("rule %d lacks a name, description, help or tags: %+v", i, d)
		}
	}
	for _, rule := range r.Rules {
		want = append(want, fmt.Sprintf("%s %s %s %s %s", rule.ID, rule.Severity, rule.HelpURI(),
			rule.Severity.SecuritySeverity(), problemSeverity(rule.Severity)))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}

// TestWriteResults checks the references inside each result: rule index,
// artifact index, fingerprint and related location IDs.
func TestWriteResults(t *testing.T) {
	r := levelsReport()
	log, _ := decode(t, r)
	run := log.Runs[0]
	if len(run.Results) != len(r.Findings) {
		t.Fatalf("got %d results, want %d", len(run.Results), len(r.Findings))
	}
	for i, res := range run.Results {
		f := r.Findings[i]
		if rule := run.Tool.Driver.Rules[res.RuleIndex]; *rule.ID != f.RuleID || *res.RuleID != f.RuleID {
			t.Errorf("result %d: rule %s at index %d, want %s", i, *rule.ID, res.RuleIndex, f.RuleID)
		}
		if got := res.PartialFingerprints[FingerprintKey]; got != f.Fingerprint() {
			t.Errorf("result %d: fingerprint %q, want %q", i, got, f.Fingerprint())
		}
		for j, loc := range append(res.Locations, res.RelatedLocations...) {
			al := loc.PhysicalLocation.ArtifactLocation
			if a := run.Artifacts[al.Index]; *a.Location.URI != *al.URI {
				t.Errorf("result %d location %d: artifact %d is %s, want %s", i, j, al.Index, *a.Location.URI, *al.URI)
			}
			if j > 0 && loc.ID != j {
				t.Errorf("result %d related location %d has id %d", i, j, loc.ID)
			}
		}
	}
}

// TestWriteNotifications checks that diagnostics come first and that a
// skipped or failed file gets its own note only when no diagnostic names it.
func TestWriteNotifications(t *testing.T) {
	log, _ := decode(t, diagnosticsReport())
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful == nil || !*inv.ExecutionSuccessful {
		t.Error("executionSuccessful is not true")
	}
	var got []string
	for _, n := range inv.ToolExecutionNotifications {
		uri := ""
		if len(n.Locations) > 0 {
			uri = *n.Locations[0].PhysicalLocation.ArtifactLocation.URI
		}
		got = append(got, fmt.Sprintf("%s %s %s", n.Level, *n.Descriptor.ID, uri))
	}
	want := []string{
		"error config-invalid ",
		"note template-unrendered charts/app/templates/deploy.yaml",
		"error yaml-syntax k8s/broken.yaml",
		"warning file-too-large k8s/huge.yaml",
		"note file-skipped infra/main.bicep",
		"note file-failed tls/server.pem",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notifications (-want +got):\n%s", diff)
	}
}

// TestWriteAbsolutePath: a file outside the scan root is a file URI with
// no uriBaseId. (GitHub rejects such results without a checkout path; the
// validator's GH1006 says so, which is why this case has no golden file.)
func TestWriteAbsolutePath(t *testing.T) {
	r := levelsReport()
	r.Findings[0].Location.Range.Filename = "/etc/moat/main.tf"
	log, _ := decode(t, r)
	al := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	if *al.URI != "file:///etc/moat/main.tf" || al.URIBaseID != nil {
		t.Errorf("artifact location = %q base %v, want file:///etc/moat/main.tf without base", *al.URI, al.URIBaseID)
	}
}

// TestWriteNoMachinePath: nothing of the machine that wrote the log.
func TestWriteNoMachinePath(t *testing.T) {
	_, out := decode(t, diagnosticsReport())
	wd, _ := os.Getwd()
	host, _ := os.Hostname()
	for _, s := range []string{wd, host, "file://"} {
		if s != "" && bytes.Contains(out, []byte(s)) {
			t.Errorf("output contains %q", s)
		}
	}
	if !strings.Contains(string(out), `"uriBaseId": "%SRCROOT%"`) {
		t.Error("relative artifacts are not based on %SRCROOT%")
	}
}

// TestWriteWithoutFile: a finding with no file still gives a result with
// its node as a logical location, and no artifact.
func TestWriteWithoutFile(t *testing.T) {
	r := levelsReport()
	r.Findings = r.Findings[:1]
	r.Findings[0].Location.Range = graph.Range{}
	r.Files = nil
	log, _ := decode(t, r)
	run := log.Runs[0]
	loc := run.Results[0].Locations[0]
	if loc.PhysicalLocation != nil || len(run.Artifacts) != 0 {
		t.Errorf("got a physical location %+v and %d artifacts, want none", loc.PhysicalLocation, len(run.Artifacts))
	}
	if len(loc.LogicalLocations) != 1 || *loc.LogicalLocations[0].FullyQualifiedName != "azurerm_kubernetes_cluster.aks" {
		t.Errorf("logical locations = %+v", loc.LogicalLocations)
	}
}
