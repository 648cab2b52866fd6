package sarif

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestValidateGolden runs the SARIF validator (SARIF Multitool with
// GitHub's ingestion rules, and the SARIF JSON schema) on every golden
// file, warnings included. Without node or the validator it skips, unless
// CI is set. The validator installs its npm packages on first use; a
// setup failure (exit 2) also skips outside CI.
func TestValidateGolden(t *testing.T) {
	tool := filepath.Join(repoRoot(t), "..", "shared", "tools", "sarif-validate")
	_, statErr := os.Stat(tool)
	_, nodeErr := exec.LookPath("node")
	if statErr != nil || nodeErr != nil {
		skipOutsideCI(t, "sarif-validate or node not available")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.sarif"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	out, err := exec.Command(tool, append([]string{"--strict", "-q"}, files...)...).CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return
	case errors.As(err, &exit) && exit.ExitCode() == 2:
		t.Logf("%s", out)
		skipOutsideCI(t, "sarif-validate could not set up its tools")
	}
	t.Errorf("sarif-validate: %v\n%s", err, out)
}

func skipOutsideCI(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("%s (CI is set, so this is a failure)", why)
	}
	t.Skip(why)
}

// repoRoot walks up from the package directory to the folder with go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package directory")
		}
		dir = parent
	}
}
