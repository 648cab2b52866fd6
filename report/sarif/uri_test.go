package sarif

import (
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
)

func TestFileURI(t *testing.T) {
	tests := []struct {
		name, file, uri, base string
	}{
		{"relative", "infra/main.tf", "infra/main.tf", srcRoot},
		{"dot prefix", "./main.tf", "main.tf", srcRoot},
		{"space", "k8s/service account.yaml", "k8s/service%20account.yaml", srcRoot},
		{"reserved", "a#b?c%d.tf", "a%23b%3Fc%25d.tf", srcRoot},
		{"colon relative", "c:d/x.yaml", "c%3Ad/x.yaml", srcRoot},
		{"non ascii", "推論.yaml", "%E6%8E%A8%E8%AB%96.yaml", srcRoot},
		{"sub delims", "a+b=(c)@d.tf", "a+b=(c)@d.tf", srcRoot},
		{"absolute", "/etc/moat/main.tf", "file:///etc/moat/main.tf", ""},
		{"absolute space", "/srv/a b.tf", "file:///srv/a%20b.tf", ""},
		{"drive", "C:/src/main.tf", "file:///C:/src/main.tf", ""},
		{"unc", "//host/share/main.tf", "file://host/share/main.tf", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			uri, base := fileURI(tc.file)
			if uri != tc.uri || base != tc.base {
				t.Errorf("fileURI(%q) = %q, %q; want %q, %q", tc.file, uri, base, tc.uri, tc.base)
			}
			want := strings.TrimPrefix(tc.file, "./")
			if name, ok := FileName(uri); name != want || !ok {
				t.Errorf("FileName(%q) = %q, %v; want %q, true", uri, name, ok, want)
			}
		})
	}
}

func TestFileNameUnreadable(t *testing.T) {
	for _, uri := range []string{"https://example.com/main.tf", "mailto:a@b", "a%zz.tf", "file:///a%2"} {
		if name, ok := FileName(uri); ok {
			t.Errorf("FileName(%q) = %q, true; want false", uri, name)
		}
	}
}

func TestRegion(t *testing.T) {
	type cols struct{ startLine, startCol, endLine, endCol int }
	tests := []struct {
		name string
		rg   graph.Range
		want *cols
	}{
		{"one line", rng("a", pos(3, 5, 40), pos(3, 9, 44)), &cols{3, 5, 3, 9}},
		{"multi line", rng("a", pos(3, 5, 40), pos(6, 2, 90)), &cols{3, 5, 6, 2}},
		{"empty", rng("a", pos(9, 7, 150), pos(9, 7, 150)), &cols{9, 7, 9, 8}},
		{"end unset", rng("a", pos(2, 4, 10), graph.Pos{}), &cols{2, 4, 2, 5}},
		{"end before start", rng("a", pos(4, 6, 30), pos(4, 2, 26)), &cols{4, 6, 4, 7}},
		{"ends at next line", rng("a", pos(1, 1, 0), pos(6, 1, 98)), &cols{1, 1, 6, 1}},
		{"no line", graph.Range{Filename: "a"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reg := region(tc.rg)
			if tc.want == nil {
				if reg != nil {
					t.Fatalf("region(%v) = %+v, want none", tc.rg, reg)
				}
				return
			}
			got := cols{*reg.StartLine, *reg.StartColumn, *reg.EndLine, *reg.EndColumn}
			if got != *tc.want {
				t.Errorf("region(%v) = %+v, want %+v", tc.rg, got, *tc.want)
			}
		})
	}
}
