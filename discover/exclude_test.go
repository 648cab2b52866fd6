package discover

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func TestPatternMatch(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		rel     string
		isDir   bool
		want    bool
	}{
		{"name glob", "*.tf", "a/b/main.tf", false, true},
		{"name glob other file", "*.tf", "a/b/main.yaml", false, false},
		{"folder name", "vendor", "deep/vendor", true, true},
		{"folder name file", "vendor", "deep/vendor.tf", false, false},
		{"trailing slash folder", "vendor/", "deep/vendor", true, true},
		{"trailing slash file", "vendor/", "vendor", false, false},
		{"trailing doublestar", "fixtures/**", "fixtures", true, true},
		{"trailing doublestar deeper", "fixtures/**", "a/fixtures", true, false},
		{"anchored", "/vendor", "vendor", true, true},
		{"anchored deeper", "/vendor", "a/vendor", true, false},
		{"dot slash", "./b", "b", true, true},
		{"dot slash deeper", "./b", "a/b", true, false},
		{"path", "a/b.tf", "a/b.tf", false, true},
		{"path glob", "a/*.tf", "a/b.tf", false, true},
		{"path glob deeper", "a/*.tf", "a/x/b.tf", false, false},
		{"doublestar none", "fixtures/**/fail", "fixtures/fail", true, true},
		{"doublestar some", "fixtures/**/fail", "fixtures/rules/x/fail", true, true},
		{"doublestar miss", "fixtures/**/fail", "fixtures/rules/x/pass", true, false},
		{"leading doublestar", "**/fail/*.yaml", "a/b/fail/x.yaml", false, true},
		{"doubled doublestar", "a/**/**/b", "a/b", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := compilePattern(tt.pattern)
			if err != nil {
				t.Fatal(err)
			}
			name := tt.rel[lastSlash(tt.rel)+1:]
			if got := p.match(tt.rel, name, tt.isDir); got != tt.want {
				t.Errorf("%q matches %q (dir %v) = %v, want %v", tt.pattern, tt.rel, tt.isDir, got, tt.want)
			}
		})
	}
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

func TestCompileExcludesInvalid(t *testing.T) {
	pats, diags := compileExcludes([]string{"[", "a/[b/c", "/", "", "ok/*.tf"})
	if len(pats) != 1 {
		t.Errorf("compiled %d patterns, want 1", len(pats))
	}
	want := []problem{
		{"", graph.Error, graph.CodeConfigInvalid},
		{"", graph.Error, graph.CodeConfigInvalid},
		{"", graph.Error, graph.CodeConfigInvalid},
		{"", graph.Error, graph.CodeConfigInvalid},
	}
	if diff := cmp.Diff(want, problems(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
