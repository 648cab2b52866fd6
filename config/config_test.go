package config

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		isolated bool
		env      string
	}{
		{"empty", "", false, "prod"},
		{"comments only", "# nothing\n", false, "prod"},
		{"null document", "~\n", false, "prod"},
		{"profile", "profile:\n  network_isolated: true\n  environment: dev\n", true, "dev"},
		{"crlf", "profile:\r\n  network_isolated: true\r\n", true, "prod"},
		{"merge key", "profile:\n  <<: {environment: dev}\n  network_isolated: true\n", true, "dev"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ds := Parse([]byte(tc.src), ".moat.yaml")
			if len(ds) != 0 {
				t.Fatalf("diagnostics: %v", ds)
			}
			if c.Profile.NetworkIsolated != tc.isolated || c.Profile.Environment != tc.env {
				t.Errorf("profile = %+v", c.Profile)
			}
			if len(c.Profile.BuiltinStorageClasses) == 0 {
				t.Error("defaults lost")
			}
		})
	}
}

// diagAt renders a diagnostic as start-end detail, positions as line:col.
func diagAt(d graph.Diagnostic) string {
	s, e := d.Subject.Start, d.Subject.End
	return fmt.Sprintf("%d:%d-%d:%d %s", s.Line, s.Column, e.Line, e.Column, d.Detail)
}

func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"unknown top key", "rulez:\n  enable: [A]\n",
			[]string{`1:1-1:6 unknown key "rulez"; did you mean "rules"?`}},
		{"unknown nested key", "rules:\n  enabel: [A]\n",
			[]string{`2:3-2:9 unknown key "enabel"; did you mean "enable"?`}},
		{"unknown key without suggestion", "colour: red\n",
			[]string{`1:1-1:7 unknown key "colour"; use one of profile, rules, exclude, suppressions`}},
		{"unknown profile key", "profile:\n  network_isolation: true\n",
			[]string{`2:3-2:20 unknown key "network_isolation"; did you mean "network_isolated"?`}},
		{"unknown unverified key", "profile:\n  unverified:\n    cli_tls_key: true\n",
			[]string{`3:5-3:16 unknown key "cli_tls_key"; did you mean "cli_tls_keys"?`}},
		{"repeated key", "suppressions:\n  - rules: [A]\n    reason: r\n    reason: s\n",
			[]string{`4:5-4:11 key "reason" is set twice in suppressions[0]; the first is at line 3`}},
		{"bad bool", "profile:\n  network_isolated: maybe\n",
			[]string{`2:21-2:26 profile.network_isolated is "maybe"; use true or false`}},
		{"bad number", "profile:\n  cert_expiry_days: soon\n",
			[]string{`2:21-2:25 profile.cert_expiry_days is "soon"; use a whole number`}},
		{"text for a list", "exclude: examples/**\n",
			[]string{`1:10-1:21 exclude must be a list, not text`}},
		{"list for a mapping", "rules: [a]\n",
			[]string{`1:8-1:11 rules must be a mapping, not a list`}},
		{"not a mapping", "- a\n",
			[]string{`1:1-1:4 the configuration must be a mapping, not a list`}},
		{"syntax", "profile: [\n",
			[]string{`1:1-1:11 did not find expected node content; see the configuration section of the README`}},
		{"invalid utf-8", "a: \xff\n",
			[]string{`1:4-1:5 invalid leading UTF-8 octet; see the configuration section of the README`}},
		{"bad environment", "profile:\n  environment: staging\n",
			[]string{`2:16-2:23 profile.environment is "staging"; use prod or dev`}},
		{"negative days", "profile:\n  cert_expiry_days: -1\n",
			[]string{`2:21-2:23 profile.cert_expiry_days is -1; use a number of days, 0 or more`}},
		{"bad level", "rules:\n  severity:\n    AZR-ISO-010: critical\n",
			[]string{`3:18-3:26 rules.severity.AZR-ISO-010 is "critical"; use error, warning or note`}},
		{"bad severity pattern", "rules:\n  severity:\n    \"AZR-[\": note\n",
			[]string{`3:5-3:12 rules.severity "AZR-[": malformed pattern: syntax error in pattern`}},
		{"bad enable pattern", "rules:\n  enable: [AZR-ISO-*, 'AZR-[']\n",
			[]string{`2:23-2:30 rules.enable[1] "AZR-[": malformed pattern: syntax error in pattern`}},
		{"bad disable pattern", "rules:\n  disable:\n    - AZR-[\n",
			[]string{`3:7-3:12 rules.disable[0] "AZR-[": malformed pattern: syntax error in pattern`}},
		{"bad exclude glob", "exclude:\n  - \"[\"\n",
			[]string{`2:5-2:8 exclude[0] "[": malformed glob`}},
		{"bad date", "suppressions:\n  - rules: [AZR-ISO-004]\n    reason: x\n    expires: 2027-02-30\n",
			[]string{`4:14-4:24 suppressions[0].expires: 2027-02-30 is not a date; use YYYY-MM-DD`}},
		{"date with time", "suppressions:\n  - {rules: [A], reason: r, expires: 2027-01-01T10:00:00Z}\n",
			[]string{`2:38-2:58 suppressions[0].expires: 2027-01-01T10:00:00Z is not a date; use YYYY-MM-DD`}},
		{"empty rules", "suppressions:\n  - rules: []\n    reason: r\n",
			[]string{`2:5-2:14 suppressions[0].rules is empty; list the rule IDs or patterns it accepts`}},
		{"missing rules and reason", "suppressions:\n  - paths: [a]\n",
			[]string{`2:5-2:15 suppressions[0] needs rules: the rule IDs or patterns it accepts`,
				`2:5-2:15 suppressions[0] needs a reason: why the findings are accepted`}},
		{"blank reason", "suppressions:\n  - rules: [A]\n    reason: \"  \"\n",
			[]string{`3:5-3:17 suppressions[0] needs a reason: why the findings are accepted`}},
		{"empty reason", "suppressions:\n  - rules: [A]\n    reason:\n",
			[]string{`3:5-3:12 suppressions[0] needs a reason: why the findings are accepted`}},
		{"bad suppression glob", "suppressions:\n  - rules: [A]\n    paths: [ok/**, \"[\"]\n    reason: r\n",
			[]string{`3:20-3:23 suppressions[0].paths[1] "[": malformed glob`}},
		{"bad manifest glob", "profile:\n  manifests:\n    - paths: [\"[\"]\n      cluster: aks\n",
			[]string{`3:15-3:18 profile.manifests[0] path "[": malformed glob`}},
		{"manifest without cluster", "profile:\n  manifests:\n    - paths: [a/**]\n",
			[]string{`3:7-3:20 profile.manifests[0] needs a cluster and at least one path pattern`}},
		{"alias to itself", "rules: &a\n  <<: *a\n",
			[]string{`1:8-1:10 rules contains itself through an alias`}},
		{"enabled and disabled", "rules:\n  enable: [AZR-ISO-004]\n  disable: [AZR-ISO-004]\n", nil},
		{"after a bom", "\ufeffrulez: 1\n",
			[]string{`1:1-1:6 unknown key "rulez"; did you mean "rules"?`}},
		{"after wide characters", "# é ü\nrules:\n  enable: [\"é\", 'AZR-[']\n",
			[]string{`3:17-3:24 rules.enable[1] "AZR-[": malformed pattern: syntax error in pattern`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := Parse([]byte(tc.src), "cfg.yaml")
			var got []string
			for _, d := range ds {
				if d.Code != graph.CodeConfigInvalid || d.Severity != graph.Error || d.Subject.Filename != "cfg.yaml" {
					t.Errorf("diagnostic %v: want an error config-invalid in cfg.yaml", d)
				}
				got = append(got, diagAt(d))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStructureErrorsGiveDefault(t *testing.T) {
	c, ds := Parse([]byte("profile:\n  environment: dev\nrulez: 1\n"), "cfg.yaml")
	if len(ds) != 1 || c.Profile.Environment != "prod" {
		t.Errorf("got %v and environment %q, want one diagnostic and the default profile", ds, c.Profile.Environment)
	}
}

func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("x: &r [")
	for i := range 1000 {
		fmt.Fprintf(&b, "r%d, ", i)
	}
	b.WriteString("]\nsuppressions:\n  - &s {rules: *r, reason: r}\n")
	for range 400 {
		b.WriteString("  - *s\n")
	}
	_, ds := Parse([]byte(b.String()), "cfg.yaml")
	if !strings.Contains(ds.Error(), "more than 200000 values") {
		t.Errorf("diagnostics = %.300s, want the expansion limit", ds.Error())
	}
}

func TestClusterRange(t *testing.T) {
	c, ds := Parse([]byte("# x\nprofile:\n  cluster: aks-ml # the one\n"), "cfg.yaml")
	if len(ds) != 0 {
		t.Fatal(ds)
	}
	want := graph.Range{Filename: "cfg.yaml", Start: graph.Pos{Line: 3, Column: 3, Byte: 15}, End: graph.Pos{Line: 3, Column: 18, Byte: 30}}
	if diff := cmp.Diff(want, c.ProfileCluster); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestManifestSets(t *testing.T) {
	src := "profile:\n  cluster: aks-shared\n  manifests:\n    - paths: [k8s/isolated/**]\n      cluster: aks-iso\n      network_isolated: true\n    - paths: [\"[\"]\n      cluster: aks-x\n    - paths: []\n      cluster: aks-y\n"
	c, ds := Parse([]byte(src), ".moat.yaml")
	var got []string
	for _, d := range ds {
		got = append(got, diagAt(d))
	}
	want := []string{`7:15-7:18 profile.manifests[1] path "[": malformed glob`,
		`10:7-10:21 profile.manifests[2] needs a cluster and at least one path pattern`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if len(c.Sets) < 1 || c.Sets[0].Cluster != "aks-iso" || !c.Sets[0].Isolated || c.Sets[0].Where.Start.Line != 5 {
		t.Fatalf("sets = %+v", c.Sets)
	}
	if !c.Sets[0].Match("k8s/isolated/app.yaml") || c.Sets[0].Match("k8s/shared/app.yaml") {
		t.Error("set matches the wrong files")
	}
}
