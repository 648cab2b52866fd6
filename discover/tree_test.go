package discover

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/moatscan/moat/graph"
)

// Contents used across the tests.
const (
	manifestYAML = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n"
	manifestJSON = `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "cfg"}}`
	armTemplate  = `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}`
	armParams    = `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {}}`
	planJSON     = `{"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {"root_module": {}}}`
	pemBlock     = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
	composeYAML  = "services:\n  web:\n    image: nginx\n"
	chartYAML    = "apiVersion: v2\nname: app\nversion: 0.1.0\n"
)

// writeTree creates the files of tree (slash path → content) under dir.
func writeTree(t testing.TB, dir string, tree map[string]string) {
	t.Helper()
	for name, body := range tree {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// symlink creates the link name → target under dir, or skips the test
// where links cannot be made.
func symlink(t *testing.T, dir, target, name string) {
	t.Helper()
	if err := os.Symlink(filepath.FromSlash(target), filepath.Join(dir, filepath.FromSlash(name))); err != nil {
		if runtime.GOOS == "windows" {
			t.Skipf("symbolic links unavailable: %v", err)
		}
		t.Fatal(err)
	}
}

// entry is a File without its content, for comparisons.
type entry struct {
	Path   string
	Format Format
	Read   bool // Data is not nil
}

func entries(files []File) []entry {
	out := make([]entry, 0, len(files))
	for _, f := range files {
		out = append(out, entry{Path: f.Path, Format: f.Format, Read: f.Data != nil})
	}
	return out
}

// paths lists the paths of files.
func paths(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Path)
	}
	return out
}

// problem is a Diagnostic reduced to what the tests check.
type problem struct {
	File     string
	Severity graph.Severity
	Code     string
}

func problems(ds graph.Diagnostics) []problem {
	var out []problem
	for _, d := range ds {
		out = append(out, problem{File: d.Subject.Filename, Severity: d.Severity, Code: d.Code})
	}
	return out
}

// permissionsEnforced reports whether a file with mode 000 is unreadable
// here; it is not for root, nor on file systems that ignore modes.
func permissionsEnforced(t *testing.T) bool {
	t.Helper()
	p := filepath.Join(t.TempDir(), "probe")
	if err := os.WriteFile(p, []byte("x"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := os.ReadFile(p)
	return err != nil
}
