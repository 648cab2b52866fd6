package suppress

import (
	"testing"
	"unicode/utf8"

	"github.com/moatscan/moat/finding"
)

// FuzzFile reads suppression comments from arbitrary files of every
// format with comments: no panic, every directive and diagnostic inside
// the file, every governed line a line of it.
func FuzzFile(f *testing.F) {
	for _, seed := range []string{
		"# moat:ignore AZR-ISO-004 -- why\nresource \"a\" \"b\" {}\n",
		"x = 1 // moat:ignore AZR-ISO-004,AZR-INF-001 expires=2027-01-01 -- why\n",
		"/* moat:ignore AZR-ISO-004 --\n why */\n@description('x')\nresource a 'T@1' = {}\n",
		"---\n# moat:ignore AZR-WI-007 -- why\napiVersion: v1\nkind: Pod\n",
		"a: |\n  # moat:ignore AZR-WI-007 -- why\nb: \"# moat:ignore\" # moat:ignore X -- y\n",
		"# moat:ignore\n",
		"\ufeff# moat:ignore AZR-ISO-004 -- why\r\n",
	} {
		for _, format := range []string{"terraform", "bicep", "kubernetes"} {
			f.Add(format, seed)
		}
	}
	f.Fuzz(func(t *testing.T, format, src string) {
		names := map[string]string{"terraform": "main.tf", "bicep": "main.bicep", "kubernetes": "app.yaml"}
		name, ok := names[format]
		if !ok {
			return
		}
		read := func(string) ([]byte, error) { return []byte(src), nil }
		ds, diags := fromFile(finding.File{Path: name, Format: format, Status: finding.Parsed}, read)
		lines := newSource(name, []byte(src)).lines()
		for _, d := range ds {
			r := d.Where
			if r.Start.Byte < 0 || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
				t.Fatalf("directive range %v outside the file of %d bytes", r, len(src))
			}
			if utf8.ValidString(src) && !utf8.ValidString(src[r.Start.Byte:r.End.Byte]) {
				t.Fatalf("directive range %v splits a character", r)
			}
			if d.Line < 0 || d.Line > lines {
				t.Fatalf("governed line %d of a file of %d lines", d.Line, lines)
			}
			if len(d.Rules) == 0 || d.Reason == "" {
				t.Fatalf("directive without rules or reason: %+v", d)
			}
		}
		for _, dg := range diags {
			if r := dg.Subject; r.Start.Byte < 0 || r.End.Byte > len(src) {
				t.Fatalf("diagnostic range %v outside the file", r)
			}
		}
	})
}
