package terraform

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
)

// write creates files (slash paths → text) below a new temporary folder.
func write(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func codes(ds graph.Diagnostics) map[string]int {
	out := map[string]int{}
	for _, d := range ds {
		out[d.Code]++
	}
	return out
}

func nest(open, close string, n int) string {
	return strings.Repeat(open, n) + strings.Repeat(close, n)
}

func TestHostile(t *testing.T) {
	chain := map[string]string{}
	for i := range 40 {
		chain[fmt.Sprintf("m%d/main.tf", i)] = fmt.Sprintf("module \"next\" {\n  source = \"../m%d\"\n}\nresource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg%d\"\n}\n", i+1, i)
	}
	chain["m40/main.tf"] = "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"last\"\n}\n"
	chain["main.tf"] = "module \"first\" {\n  source = \"./m0\"\n}\n"
	tests := []struct {
		name  string
		files map[string]string
		code  string // a diagnostic the case must produce
		nodes int    // resources expected, -1 to skip the check
	}{
		{"module calls itself", map[string]string{
			"main.tf": "module \"self\" {\n  source = \"./\"\n}\nresource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg\"\n}\n",
		}, graph.CodeTFCycle, 1},
		{"modules call each other", map[string]string{
			"main.tf":   "module \"a\" {\n  source = \"./a\"\n}\n",
			"a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\n",
			"b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
		}, graph.CodeTFCycle, 0},
		{"module chain deeper than the limit", chain, graph.CodeTFLimit, 31}, // the root and 31 modules below it
		{"locals that read each other", map[string]string{
			"main.tf": "locals {\n  a = local.b\n  b = local.a\n}\nresource \"azurerm_resource_group\" \"rg\" {\n  name = local.a\n}\n",
		}, graph.CodeTFCycle, 1},
		{"count of a hundred million", map[string]string{
			"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  count = 100000000\n  name  = \"rg${count.index}\"\n}\n",
		}, graph.CodeTFLimit, 10000},
		{"for_each over twenty thousand keys", map[string]string{
			"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  for_each = { for p in setproduct(range(1000), range(20)) : \"${p[0]}-${p[1]}\" => p }\n  name     = each.key\n}\n",
		}, graph.CodeTFLimit, 10000},
		{"flatten of two hundred thousand values", map[string]string{
			"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  for_each = toset(flatten([for a in range(1000) : [for b in range(200) : \"${a}-${b}\"]]))\n  name     = each.key\n}\n",
		}, graph.CodeTFEval, 1},
		{"expression nested 10,000 levels", map[string]string{
			"main.tf": "locals {\n  x = " + nest("[", "]", 10000) + "\n}\n",
		}, graph.CodeTFLimit, 0},
		{"blocks nested 10,000 levels", map[string]string{
			"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg\"\n" + nest("a {\n", "}\n", 10000) + "}\n",
		}, graph.CodeTFLimit, 1},
		{"file outside the scan root", map[string]string{
			"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  name = file(\"../../../../../../etc/hostname\")\n}\n",
		}, graph.CodeTFEval, 1},
		{"syntax error beside a good file", map[string]string{
			"bad.tf":  "resource \"azurerm_resource_group\" {\n",
			"good.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  name = \"rg\"\n}\n",
		}, graph.CodeTFSyntax, 1},
		{"for expressions over a billion values", map[string]string{
			"main.tf": "locals {\n  r = range(1024)\n  x = [for a in local.r : [for b in local.r : [for c in local.r : c]]]\n  y = \"%{for a in local.r}%{for b in local.r}%{for c in local.r}${c}%{endfor}%{endfor}%{endfor}\"\n  ok = flatten([for a in local.r : [for b in range(3) : a * b]])\n}\nresource \"azurerm_resource_group\" \"rg\" {\n  name = length(local.x) + length(local.y) + length(local.ok)\n}\n",
		}, graph.CodeTFLimit, 1},
		{"number literal beyond float range", map[string]string{
			"main.tf":          "resource \"azurerm_resource_group\" \"rg\" {\n  name     = \"${1e-770707}\"\n  location = var.x\n}\nvariable \"x\" {}\n",
			"terraform.tfvars": "x = 1e770707\n",
		}, graph.CodeTFLimit, 1},
		{"operation that panics in go-cty", map[string]string{
			"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  name = 1/0 % 1\n}\n",
		}, graph.CodeTFEval, 1},
		{"registry module not installed", map[string]string{
			"main.tf": "module \"aks\" {\n  source  = \"Azure/aks/azurerm\"\n  version = \"9.0.0\"\n}\nresource \"azurerm_resource_group\" \"rg\" {\n  name = module.aks.name\n}\n",
		}, graph.CodeTFModule, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := scan(t, write(t, tt.files), Options{})
			if codes(res.Diags)[tt.code] == 0 {
				t.Errorf("no %s diagnostic in %v", tt.code, res.Diags)
			}
			if tt.nodes >= 0 && len(res.Nodes) != tt.nodes {
				t.Errorf("%d nodes, want %d", len(res.Nodes), tt.nodes)
			}
			for _, d := range res.Diags {
				if d.Subject.Filename == "" {
					t.Errorf("diagnostic without a file: %v", d)
				}
				if strings.Contains(d.Detail, "\n") {
					t.Errorf("diagnostic detail of several lines (a stack trace?): %q", d.Detail)
				}
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	const body = "resource \"azurerm_resource_group\" \"rg\" {\r\n  name     = \"rg\"\r\n  location = \"é\"\r\n}\r\n"
	dir := write(t, map[string]string{"main.tf": "\ufeff" + body, "empty.tf": ""})
	res := scan(t, dir, Options{})
	if len(res.Diags) > 0 || len(res.Nodes) != 1 {
		t.Fatalf("nodes %d, diagnostics %v", len(res.Nodes), res.Diags)
	}
	n := res.Nodes[0]
	got := n.Ranges["location"]
	want := graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 3, Column: 14, Byte: 77}, End: graph.Pos{Line: 3, Column: 17, Byte: 81}}
	if got != want {
		t.Errorf("location range = %#v, want %#v", got, want)
	}
	if r := n.Range; r.Start.Line != 1 || r.Start.Column != 1 || r.Start.Byte != 3 {
		t.Errorf("definition starts at %+v, want line 1, column 1, byte 3 (after the byte order mark)", r.Start)
	}
}

func TestSuggestion(t *testing.T) {
	dir := write(t, map[string]string{"main.tf": "resource \"azurerm_resource_group\" \"rg\" {\n  name = base64_encode(\"x\")\n  location = lengthh(\"y\")\n}\n"})
	want := []string{
		`There is no function named "base64_encode". Did you mean "base64encode"?`,
		`There is no function named "lengthh". Did you mean "length"?`,
	}
	for range 5 { // HCL's own hint depends on map order
		res := scan(t, dir, Options{})
		var got []string
		for _, d := range res.Diags {
			got = append(got, d.Detail)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("details = %q, want %q", got, want)
		}
	}
}

func TestModuleLinkOutsideRoot(t *testing.T) {
	outside := write(t, map[string]string{"main.tf": "resource \"azurerm_resource_group\" \"secret\" {\n  name = \"outside\"\n}\n"})
	dir := write(t, map[string]string{"main.tf": "module \"m\" {\n  source = \"./linked\"\n}\n"})
	if err := os.Symlink(outside, filepath.Join(dir, "linked")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	files := []discover.File{{Path: "main.tf", Format: discover.Terraform, Data: []byte("module \"m\" {\n  source = \"./linked\"\n}\n")}}
	res := Parse(files, Options{Root: dir})
	if len(res.Nodes) != 0 || codes(res.Diags)[graph.CodeTFModule] != 1 {
		t.Errorf("nodes %d, diagnostics %v: a module behind a link leading outside the root must not be read", len(res.Nodes), res.Diags)
	}
}

// TestFailingItem checks that an item that cannot be evaluated leaves the
// rest of its object and tuple known, with one diagnostic for it.
func TestFailingItem(t *testing.T) {
	dir := write(t, map[string]string{"main.tf": `resource "azurerm_resource_group" "rg" {
  name = "rg"
  tags = {
    kept    = "yes"
    missing = file("${path.module}/no-such-file")
    list    = join(",", ["a", file("nope"), "c"])
  }
}
`})
	res := scan(t, dir, Options{})
	if len(res.Nodes) != 1 {
		t.Fatalf("nodes = %d", len(res.Nodes))
	}
	n := res.Nodes[0]
	tags, _ := n.Attrs["tags"].(map[string]any)
	if tags["kept"] != "yes" {
		t.Errorf("tags = %v, want kept known", tags)
	}
	var unknown []string
	for _, p := range n.Unknown {
		unknown = append(unknown, p.String())
	}
	if want := `tags.list tags.missing`; strings.Join(unknown, " ") != want {
		t.Errorf("unknown = %q, want %q", unknown, want)
	}
	if got := codes(res.Diags)[graph.CodeTFEval]; got != 2 {
		t.Errorf("%d terraform-eval diagnostics, want one per failing item: %v", got, res.Diags)
	}
}
