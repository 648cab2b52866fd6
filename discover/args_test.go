package discover

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/graph"
)

func TestWalkNamed(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"main.tf":                     "",
		"vendor/v.tf":                 "",
		"node_modules/m/main.tf":      "",
		".terraform/t/main.tf":        "",
		".config/app.yaml":            manifestYAML,
		"chart/Chart.yaml":            chartYAML,
		"chart/templates/deploy.yaml": manifestYAML,
		"notes.txt":                   "x",
	})
	tests := []struct {
		name  string
		paths []string
		want  []string
		diags []problem
	}{
		{"excluded file", []string{"vendor/v.tf"}, []string{"vendor/v.tf"}, nil},
		{"skipped folder file", []string{"node_modules/m/main.tf"}, []string{"node_modules/m/main.tf"}, nil},
		{"skipped folder", []string{".terraform"}, []string{".terraform/t/main.tf"}, nil},
		{"dot folder", []string{".config"}, []string{".config/app.yaml"}, nil},
		{"walk and name", []string{".", "vendor/v.tf", "./main.tf"}, []string{"chart/templates/deploy.yaml", "main.tf", "vendor/v.tf"},
			[]problem{{"chart/templates/deploy.yaml", graph.Note, graph.CodeTemplate}}},
		{"named twice", []string{"main.tf", filepath.Join(root, "main.tf")}, []string{"main.tf"}, nil},
		{"helm template", []string{"chart/templates/deploy.yaml"}, []string{"chart/templates/deploy.yaml"},
			[]problem{{"chart/templates/deploy.yaml", graph.Note, graph.CodeTemplate}}},
		{"helm templates folder", []string{"chart/templates"}, []string{"chart/templates/deploy.yaml"},
			[]problem{{"chart/templates/deploy.yaml", graph.Note, graph.CodeTemplate}}},
		{"unrecognised", []string{"notes.txt"}, nil, nil},
		{"missing", []string{"nope.tf", "main.tf"}, []string{"main.tf"},
			[]problem{{"nope.tf", graph.Error, graph.CodeFileUnreadable}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, diags := Walk(tt.paths, Options{Root: root, Excludes: []string{"vendor"}})
			if diff := cmp.Diff(tt.want, paths(files)); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.diags, problems(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWalkPaths(t *testing.T) {
	base := t.TempDir()
	writeTree(t, base, map[string]string{
		"repo/infra/main.tf": "",
		"other/ext.tf":       "",
	})
	root := filepath.Join(base, "repo")
	outside := filepath.ToSlash(filepath.Join(base, "other", "ext.tf"))
	tests := []struct {
		name  string
		opts  Options
		paths []string
		want  []string
	}{
		{"default root", Options{Root: root}, nil, []string{"infra/main.tf"}},
		{"relative path", Options{Root: root}, []string{"infra"}, []string{"infra/main.tf"}},
		{"absolute path", Options{Root: root}, []string{filepath.Join(root, "infra")}, []string{"infra/main.tf"}},
		{"outside root", Options{Root: root}, []string{"infra", "../other"}, []string{outside, "infra/main.tf"}},
		{"root above", Options{Root: base}, []string{"repo"}, []string{"repo/infra/main.tf"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, diags := Walk(tt.paths, tt.opts)
			if diff := cmp.Diff(tt.want, paths(files)); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if len(diags) != 0 {
				t.Errorf("diagnostics: %v", diags)
			}
		})
	}
}

func TestWalkCurrentDirectory(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"infra/main.tf": ""})
	t.Chdir(root)
	files, diags := Walk(nil, Options{})
	if diff := cmp.Diff([]string{"infra/main.tf"}, paths(files)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
}

func TestWalkNotRegular(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no device file to name")
	}
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	files, diags := Walk([]string{os.DevNull}, Options{Root: root})
	if len(files) != 0 {
		t.Errorf("files: %v", paths(files))
	}
	if diff := cmp.Diff([]problem{{filepath.ToSlash(os.DevNull), graph.Warning, graph.CodeFileUnreadable}}, problems(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
