package sarif

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
)

func TestRuleName(t *testing.T) {
	tests := []struct{ name, title, id, want string }{
		{"words", "Pods must not run as root", "AZR-K8S-001", "PodsMustNotRunAsRoot"},
		{"acronym", "AKS clusters use private API servers", "AZR-ISO-001", "AKSClustersUsePrivateAPIServers"},
		{"punctuation", "Don't accept TLS 1.0/1.1", "AZR-TLS-002", "DontAcceptTLS1011"},
		{"no title", "", "AZR-WI-006", "AZRWI006"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ruleName(finding.Rule{ID: tc.id, Title: tc.title}); got != tc.want {
				t.Errorf("ruleName(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}

func TestTags(t *testing.T) {
	rule := finding.Rule{ID: "AZR-WI-006", Provenance: "seed", Formats: []string{"terraform", "seed", "kubernetes"}}
	want := []string{"security", "wi", "seed", "terraform", "kubernetes"}
	if diff := cmp.Diff(want, tags(rule)); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
}

func TestVersions(t *testing.T) {
	tests := []struct{ name, in, version, semantic string }{
		{"tag", "v0.4.1", "0.4.1", "0.4.1"},
		{"plain", "1.2.3", "1.2.3", "1.2.3"},
		{"pre-release", "v1.0.0-rc.1+g1234", "1.0.0-rc.1+g1234", "1.0.0-rc.1+g1234"},
		{"dev", "dev", "0.0.0-dev", "0.0.0-dev"},
		{"devel", "(devel)", "0.0.0-devel", "0.0.0-devel"},
		{"empty", "", "0.0.0-dev", "0.0.0-dev"},
		{"two parts", "v1.2", "1.2", "0.0.0-v1-2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := toolVersion(tc.in); got != tc.version {
				t.Errorf("toolVersion(%q) = %q, want %q", tc.in, got, tc.version)
			}
			if got := semanticVersion(tc.in); got != tc.semantic {
				t.Errorf("semanticVersion(%q) = %q, want %q", tc.in, got, tc.semantic)
			}
		})
	}
}

func TestSentence(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"adds stop", "cluster uses kubenet", "cluster uses kubenet."},
		{"keeps stop", "cluster uses kubenet.", "cluster uses kubenet."},
		{"question", "is this intended?", "is this intended?"},
		{"trims", " spaced \n", "spaced."},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentence(tc.in); got != tc.want {
				t.Errorf("sentence(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
