package funcs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"
)

// confinedTree builds, in a temporary folder, a scan root whose module
// folder holds files, links that stay inside the root and links that lead
// out of it, and returns the temporary folder.
func confinedTree(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(tmp, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, rel string) {
		if err := os.Symlink(target, filepath.Join(tmp, rel)); err != nil {
			t.Skipf("symbolic links unavailable: %v", err)
		}
	}
	write("root/module/ok.txt", "ok")
	write("root/module/big.txt", strings.Repeat("x", 65))
	write("root/shared.txt", "shared")
	write("outside/secret.txt", "secret")
	write("outside/evil.tpl", "${x}")
	link("../shared.txt", "root/module/link-in")
	link(filepath.Join(tmp, "outside", "secret.txt"), "root/module/link-out")
	link("../../outside", "root/module/dirlink-out")
	link("loop2", "root/loop1")
	link("loop1", "root/loop2")
	return tmp
}

func TestConfinement(t *testing.T) {
	tmp := confinedTree(t)
	fns := Table(Options{
		Root:        filepath.Join(tmp, "root"),
		BaseDir:     filepath.Join(tmp, "root", "module"),
		MaxFileSize: 64,
	})
	secret := filepath.Join(tmp, "outside", "secret.txt")
	cases := []struct {
		name, expr string
		want       cty.Value
		wantErr    string
	}{
		{name: "inside", expr: `file("ok.txt")`, want: cty.StringVal("ok")},
		{name: "link inside", expr: `file("link-in")`, want: cty.StringVal("shared")},
		{name: "parent inside", expr: `file("../shared.txt")`, want: cty.StringVal("shared")},
		{name: "link outside", expr: `file("link-out")`, wantErr: `"link-out" is outside the scan root`},
		{name: "folder link outside", expr: `file("dirlink-out/secret.txt")`, wantErr: "outside the scan root"},
		{name: "dot dot escape", expr: `file("../../outside/secret.txt")`, wantErr: "outside the scan root"},
		{name: "absolute outside", expr: fmt.Sprintf(`file(%q)`, secret), wantErr: "outside the scan root"},
		{name: "system file", expr: `file("/etc/passwd")`, wantErr: "outside the scan root"},
		{name: "symlink loop", expr: `file("../loop1")`, wantErr: "too many levels of symbolic links"},
		{name: "too large", expr: `file("big.txt")`, wantErr: "larger than the limit of 64 bytes"},
		{name: "filebase64 outside", expr: `filebase64("link-out")`, wantErr: "outside the scan root"},
		{name: "filemd5 outside", expr: `filemd5("../../outside/secret.txt")`, wantErr: "outside the scan root"},
		{name: "fileexists outside", expr: `fileexists("dirlink-out/nothing")`, wantErr: "outside the scan root"},
		{name: "fileexists escape", expr: `fileexists("../../outside/secret.txt")`, wantErr: "outside the scan root"},
		{name: "fileexists inside", expr: `fileexists("link-in")`, want: cty.True},
		{name: "fileset inside", expr: `fileset(".", "*.txt")`, want: cty.SetVal(strs("big.txt", "ok.txt"))},
		{name: "fileset link outside", expr: `fileset(".", "link-*")`, wantErr: "outside the scan root"},
		{name: "fileset folder outside", expr: `fileset("../../outside", "*")`, wantErr: "outside the scan root"},
		{name: "fileset folder link outside", expr: `fileset("dirlink-out", "*")`, wantErr: "outside the scan root"},
		{name: "fileset pattern escape", expr: `fileset(".", "../../outside/*")`, wantErr: `"../../outside" is outside the scan root`},
		{name: "templatefile outside", expr: `templatefile("../../outside/evil.tpl", { x = 1 })`, wantErr: "outside the scan root"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, diags := eval(t, fns, c.expr)
			if c.wantErr != "" {
				msg := diags.Error()
				if !strings.Contains(msg, c.wantErr) {
					t.Fatalf("%s: got %#v, %q; want an error containing %q", c.expr, got, msg, c.wantErr)
				}
				if strings.Contains(strings.ReplaceAll(msg, secret, ""), tmp) {
					t.Errorf("%s: error names the machine's path: %s", c.expr, msg)
				}
				return
			}
			if diags.HasErrors() {
				t.Fatalf("%s: %s", c.expr, diags.Error())
			}
			if diff := cmp.Diff(c.want, got, ctyEqual); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.expr, diff)
			}
		})
	}
}

func TestNoRoot(t *testing.T) {
	opts := testOptions(t)
	opts.Root = ""
	_, diags := eval(t, Table(opts), `file("hello.txt")`)
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "absolute scan root") {
		t.Fatalf("got %v; want a refusal", diags)
	}
}
