package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
)

func TestEnabled(t *testing.T) {
	tests := []struct {
		name    string
		enable  []string
		disable []string
		id      string
		want    bool
	}{
		{"no settings", nil, nil, "AZR-ISO-004", true},
		{"enabled by pattern", []string{"AZR-ISO-*", "AZR-WI-*"}, nil, "AZR-WI-002", true},
		{"not enabled", []string{"AZR-ISO-*"}, nil, "AZR-WI-002", false},
		{"enabled by id in lower case", []string{"azr-wi-002"}, nil, "AZR-WI-002", true},
		{"disabled", nil, []string{"AZR-SCH-004"}, "AZR-SCH-004", false},
		{"disabled by pattern", nil, []string{"AZR-SCH-*"}, "AZR-SCH-001", false},
		{"other rule not disabled", nil, []string{"AZR-SCH-004"}, "AZR-SCH-003", true},
		{"disable wins over enable", []string{"AZR-ISO-*"}, []string{"AZR-ISO-004"}, "AZR-ISO-004", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Default()
			c.Rules = RuleSettings{Enable: tc.enable, Disable: tc.disable}
			if got := c.Enabled(tc.id); got != tc.want {
				t.Errorf("Enabled(%s) = %v, want %v", tc.id, got, tc.want)
			}
		})
	}
}

func TestLevel(t *testing.T) {
	severity := map[string]finding.Level{
		"AZR-ISO-*":   finding.Note,
		"AZR-ISO-01*": finding.Warning,
		"azr-iso-010": finding.Error,
		"AZR-WI-00?":  finding.Warning,
		"AZR-WI-*":    finding.Note,
		"AZR-TLS-0*":  finding.Note,
		"AZR-TLS-*1":  finding.Warning,
	}
	tests := []struct {
		name string
		id   string
		want finding.Level
	}{
		{"no override", "AZR-INF-001", finding.Error},
		{"area pattern", "AZR-ISO-004", finding.Note},
		{"longer pattern wins", "AZR-ISO-012", finding.Warning},
		{"id wins over patterns", "AZR-ISO-010", finding.Error},
		{"question mark", "AZR-WI-003", finding.Warning},
		{"equal lengths go to the first in order", "AZR-TLS-001", finding.Warning},
	}
	c := Default()
	c.Rules.Severity = severity
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.Level(tc.id, finding.Error); got != tc.want {
				t.Errorf("Level(%s) = %s, want %s", tc.id, got, tc.want)
			}
		})
	}
}

var known = []string{"AZR-INF-001", "AZR-ISO-004", "AZR-ISO-010", "AZR-ISO-014", "AZR-SCH-004", "AZR-WI-002"}

func TestCheckRules(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"all known", "rules:\n  enable: [AZR-ISO-*, azr-wi-002]\n  disable: [AZR-SCH-004]\n  severity: {AZR-ISO-010: note}\nsuppressions:\n  - {rules: [AZR-INF-*], reason: r}\n", nil},
		{"disable", "rules:\n  disable: [AZR-SCH-004, AZR-ISO-04]\n",
			[]string{"2:26-2:36 rules.disable: AZR-ISO-04 matches no rule; did you mean AZR-ISO-004?"}},
		{"enable pattern", "rules:\n  enable:\n    - AZR-IS-*\n",
			[]string{"3:7-3:15 rules.enable: AZR-IS-* matches no rule; did you mean AZR-ISO-*?"}},
		{"severity key", "rules:\n  severity:\n    AZR-WI-020: note\n",
			[]string{"3:5-3:15 rules.severity: AZR-WI-020 matches no rule; did you mean AZR-WI-002?"}},
		{"suppression", "suppressions:\n  - rules: [AZR-ISO-004, XYZ-1]\n    reason: r\n",
			[]string{"2:26-2:31 suppressions[0].rules: XYZ-1 matches no rule"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, ds := Parse([]byte(tc.src), "cfg.yaml")
			if len(ds) != 0 {
				t.Fatal(ds)
			}
			var got []string
			for _, d := range c.CheckRules(known) {
				got = append(got, diagAt(d))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckRulesWithoutFile(t *testing.T) {
	c := Default()
	c.Rules.Disable = []string{"AZR-ISO-04"}
	ds := c.CheckRules(known)
	if len(ds) != 1 || ds[0].Detail != "rules.disable: AZR-ISO-04 matches no rule; did you mean AZR-ISO-004?" {
		t.Errorf("diagnostics = %v", ds)
	}
}
