package suppress

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// placed is a directive as the tests compare it: where it is written and
// the line it governs.
type placed struct {
	Where string
	Line  int
	Rules string
}

func directivesOf(t *testing.T, format, name, src string) ([]placed, []string) {
	t.Helper()
	read := func(string) ([]byte, error) { return []byte(src), nil }
	ds, diags := fromFile(finding.File{Path: name, Format: format, Status: finding.Parsed}, read)
	var out []placed
	for _, d := range ds {
		out = append(out, placed{full(d.Where), d.Line, fmt.Sprint(d.Rules)})
	}
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, full(d.Subject)+": "+d.Detail)
	}
	return out, msgs
}

// full is file:line:col-line:col.
func full(r graph.Range) string {
	return fmt.Sprintf("%s-%d:%d", r, r.End.Line, r.End.Column)
}

func TestComments(t *testing.T) {
	tests := []struct {
		name, format, file, src string
		want                    []placed
		diags                   []string
	}{
		{"hcl above resource", "terraform", "main.tf", "# moat:ignore AZR-ISO-004 -- why\nresource \"a\" \"b\" {\n}\n",
			[]placed{{"main.tf:1:1-1:33", 2, "[AZR-ISO-004]"}}, nil},
		{"hcl trailing", "terraform", "main.tf", "resource \"a\" \"b\" {\n  x = 1 // moat:ignore AZR-ISO-004 -- why\n}\n",
			[]placed{{"main.tf:2:9-2:42", 2, "[AZR-ISO-004]"}}, nil},
		{"hcl block comment and blank lines", "terraform", "main.tf",
			"/* moat:ignore AZR-ISO-004 --\n   why */\n\n# other note\nresource \"a\" \"b\" {}\n",
			[]placed{{"main.tf:1:1-2:10", 5, "[AZR-ISO-004]"}}, nil},
		{"hcl marker in a string", "terraform", "main.tf", "x = \"# moat:ignore AZR-ISO-004 -- why\"\n", nil, nil},
		{"hcl two directives stacked", "terraform", "main.tf",
			"# moat:ignore AZR-ISO-004 -- a\n# moat:ignore AZR-INF-001 -- b\nresource \"a\" \"b\" {}\n",
			[]placed{{"main.tf:1:1-1:31", 3, "[AZR-ISO-004]"}, {"main.tf:2:1-2:31", 3, "[AZR-INF-001]"}}, nil},
		{"hcl crlf", "terraform", "main.tf", "# moat:ignore AZR-ISO-004 -- why\r\nresource \"a\" \"b\" {}\r\n",
			[]placed{{"main.tf:1:1-1:33", 2, "[AZR-ISO-004]"}}, nil},
		{"hcl malformed", "terraform", "main.tf", "# moat:ignore AZR-ISO-004\nresource \"a\" \"b\" {}\n", nil,
			[]string{"main.tf:1:1-1:26: no reason given: end the suppression with -- and why the finding is accepted"}},
		{"tf json has no comments", "terraform", "main.tf.json", `{"//": "moat:ignore AZR-ISO-004 -- why"}`, nil, nil},
		{"bicep above decorators", "bicep", "main.bicep",
			"// moat:ignore AZR-ISO-004 -- why\n@description('x')\nresource aks 'T@2024-05-01' = {\n}\n",
			[]placed{{"main.bicep:1:1-1:34", 3, "[AZR-ISO-004]"}}, nil},
		{"bicep trailing", "bicep", "main.bicep", "resource aks 'T@2024-05-01' = { /* moat:ignore AZR-ISO-004 -- why */\n}\n",
			[]placed{{"main.bicep:1:33-1:69", 1, "[AZR-ISO-004]"}}, nil},
		{"bicep marker in a string", "bicep", "main.bicep", "var x = '// moat:ignore AZR-ISO-004 -- why'\n", nil, nil},
		{"yaml above document", "kubernetes", "app.yaml", "---\n# moat:ignore AZR-WI-007 -- why\napiVersion: v1\nkind: Pod\n",
			[]placed{{"app.yaml:2:1-2:32", 3, "[AZR-WI-007]"}}, nil},
		{"yaml above separator", "kubernetes", "app.yaml", "# moat:ignore AZR-WI-007 -- why\n---\napiVersion: v1\n",
			[]placed{{"app.yaml:1:1-1:32", 3, "[AZR-WI-007]"}}, nil},
		{"yaml trailing", "kubernetes", "app.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  hostNetwork: true # moat:ignore AZR-ISO-001 -- why\n",
			[]placed{{"app.yaml:4:21-4:53", 4, "[AZR-ISO-001]"}}, nil},
		{"yaml nested key", "kubernetes", "app.yaml",
			"apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    # moat:ignore AZR-ISO-001 -- why\n    - name: a\n",
			[]placed{{"app.yaml:5:5-5:37", 6, "[AZR-ISO-001]"}}, nil},
		{"yaml block scalar is not a comment", "kubernetes", "app.yaml",
			"apiVersion: v1\nkind: ConfigMap\ndata:\n  run.sh: |\n    # moat:ignore AZR-ISO-001 -- why\n    echo\n", nil, nil},
		{"yaml quoted hash", "kubernetes", "app.yaml",
			"apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"x # moat:ignore AZR-ISO-001 -- why\"\n", nil, nil},
		{"yaml after a string with a hash", "kubernetes", "app.yaml",
			"apiVersion: v1\nkind: ConfigMap\ndata:\n  a: \"x#y\" # moat:ignore AZR-ISO-001 -- why\n",
			[]placed{{"app.yaml:4:12-4:44", 4, "[AZR-ISO-001]"}}, nil},
		{"yaml at the end governs nothing", "kubernetes", "app.yaml", "apiVersion: v1\n# moat:ignore AZR-ISO-001 -- why\n",
			[]placed{{"app.yaml:2:1-2:33", 0, "[AZR-ISO-001]"}}, nil},
		{"arm json has no comments", "arm", "main.json", `{"x": "# moat:ignore AZR-ISO-001 -- why"}`, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := directivesOf(t, tc.format, tc.file, tc.src)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("directives (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.diags, diags); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}
