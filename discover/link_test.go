package discover

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func TestWalkLinks(t *testing.T) {
	base := t.TempDir()
	writeTree(t, base, map[string]string{
		"repo/sub/m.tf":     "",
		"outside/x.tf":      "",
		"outside/ca.pem":    pemBlock,
		"outside/up/u.yaml": manifestYAML,
	})
	root := filepath.Join(base, "repo")
	symlink(t, root, "..", "sub/a")
	symlink(t, root, ".", "sub/self")
	symlink(t, root, "sub", "alias")
	symlink(t, root, "sub/m.tf", "linked.tf")
	symlink(t, root, "missing.yaml", "dangling.yaml")
	symlink(t, root, "chain2", "chain1")
	symlink(t, root, "chain1", "chain2")
	symlink(t, root, filepath.Join(base, "outside"), "ext")
	symlink(t, root, filepath.Join(base, "outside", "ca.pem"), "cert.pem")
	symlink(t, base, "..", "outside/up/back")

	files, diags := Walk(nil, Options{Root: root})
	// alias, linked.tf and ext/ca.pem lead to files already found under
	// another name: each file is returned once.
	want := []entry{
		{"cert.pem", PEM, true},
		{"ext/up/u.yaml", Kubernetes, true},
		{"ext/x.tf", Terraform, true},
		{"sub/m.tf", Terraform, true},
	}
	if diff := cmp.Diff(want, entries(files)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	wantDiags := []problem{
		{"chain1", graph.Warning, graph.CodeSymlinkLoop},
		{"chain2", graph.Warning, graph.CodeSymlinkLoop},
		{"dangling.yaml", graph.Warning, graph.CodeFileUnreadable},
		{"ext/up/back", graph.Warning, graph.CodeSymlinkLoop},
		{"sub/a", graph.Warning, graph.CodeSymlinkLoop},
		{"sub/self", graph.Warning, graph.CodeSymlinkLoop},
	}
	if diff := cmp.Diff(wantDiags, problems(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestWalkNamedLinks(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"real/m.tf": "", "real/app.yaml": manifestYAML})
	symlink(t, root, "real", "alias")
	symlink(t, root, "real/m.tf", "link.tf")
	symlink(t, root, "gone.tf", "broken.tf")
	tests := []struct {
		name  string
		paths []string
		want  []string
		diags []problem
	}{
		{"folder link", []string{"alias"}, []string{"alias/app.yaml", "alias/m.tf"}, nil},
		{"file link", []string{"link.tf"}, []string{"link.tf"}, nil},
		{"link and target", []string{"link.tf", "real/m.tf"}, []string{"link.tf", "real/m.tf"}, nil},
		{"walk prefers real names", []string{"."}, []string{"real/app.yaml", "real/m.tf"},
			[]problem{{"broken.tf", graph.Warning, graph.CodeFileUnreadable}}},
		{"broken link", []string{"broken.tf"}, nil, []problem{{"broken.tf", graph.Error, graph.CodeFileUnreadable}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, diags := Walk(tt.paths, Options{Root: root})
			if diff := cmp.Diff(tt.want, paths(files)); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.diags, problems(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWalkUnreadable(t *testing.T) {
	if !permissionsEnforced(t) {
		t.Skip("file permissions are not enforced for this user")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"main.tf":         "",
		"secret.tf":       "",
		"secret.yaml":     manifestYAML,
		"blob":            "x",
		"locked/inner.tf": "",
		"open/ok.tf":      "",
	})
	for _, name := range []string{"secret.tf", "secret.yaml", "blob", "locked"} {
		p := filepath.Join(root, name)
		if err := os.Chmod(p, 0o000); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	files, diags := Walk(nil, Options{Root: root})
	want := []entry{
		{"main.tf", Terraform, true},
		{"open/ok.tf", Terraform, true},
		{"secret.tf", Terraform, false},
	}
	if diff := cmp.Diff(want, entries(files)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	wantDiags := []problem{
		{"blob", graph.Warning, graph.CodeFileUnreadable},
		{"locked", graph.Error, graph.CodeFileUnreadable},
		{"secret.tf", graph.Error, graph.CodeFileUnreadable},
		{"secret.yaml", graph.Error, graph.CodeFileUnreadable},
	}
	if diff := cmp.Diff(wantDiags, problems(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
