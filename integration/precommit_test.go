package integration

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHook runs the hook of .pre-commit-hooks.yaml for real with
// pre-commit try-repo on a sample repository: pre-commit builds scan with
// `go install` from this checkout, as it would from a tag, and runs it on
// the staged files. A staged Deployment that runs as a ServiceAccount no
// federated credential trusts fails the commit (the ServiceAccount and
// the Terraform credential are in files that are not staged); the fixed
// Deployment passes, although another, unrelated manifest of the
// repository has a finding of its own.
func TestPreCommitHook(t *testing.T) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed (CI is set, so this is a failure); .ci/run installs it")
		}
		t.Skip("pre-commit is not installed")
	}
	if testing.Short() {
		t.Skip("builds moat with pre-commit; skipped with -short")
	}
	hookRepo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	sample := t.TempDir()
	copyTree(t, filepath.Join("testdata", "precommit", "repo"), sample)
	env := preCommitEnv(t)
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = sample, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "sample")

	for _, tc := range []struct {
		name     string
		exit     int
		contains []string
		absent   []string
	}{
		{"fail", 1, []string{"AZR-WI-008", "k8s/deployment.yaml:15:27", "AZR-WI-006", "k8s/serviceaccount.yaml"}, []string{"legacy.yaml"}},
		{"pass", 0, []string{"0 errors, 0 warnings, 0 notes"}, []string{"legacy.yaml", "AZR-"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			copyFile(t, filepath.Join("testdata", "precommit", tc.name, "deployment.yaml"), filepath.Join(sample, "k8s", "deployment.yaml"))
			git("add", "k8s/deployment.yaml")
			cmd := exec.Command("pre-commit", "try-repo", hookRepo, "moat", "--verbose", "--color", "never")
			cmd.Dir, cmd.Env = sample, env
			out, err := cmd.CombinedOutput()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatalf("pre-commit: %v\n%s", err, out)
			}
			if code != tc.exit {
				t.Fatalf("pre-commit exit code %d, want %d\n%s", code, tc.exit, out)
			}
			for _, s := range tc.contains {
				if !strings.Contains(string(out), s) {
					t.Errorf("output lacks %q\n%s", s, out)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(string(out), s) {
					t.Errorf("output has %q\n%s", s, out)
				}
			}
		})
	}
}

// preCommitEnv is the environment of pre-commit and git: a store of its
// own, Go's module and build caches shared with this test run so that
// installing the hook builds from the cache, and a fixed git identity.
func preCommitEnv(t *testing.T) []string {
	t.Helper()
	env := os.Environ()
	for _, name := range []string{"GOMODCACHE", "GOCACHE"} {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		env = append(env, name+"="+strings.TrimSpace(string(out)))
	}
	return append(env,
		"PRE_COMMIT_HOME="+t.TempDir(),
		"GIT_AUTHOR_NAME=moat", "GIT_AUTHOR_EMAIL=moat@example.com",
		"GIT_COMMITTER_NAME=moat", "GIT_COMMITTER_EMAIL=moat@example.com",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
	)
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		copyFile(t, p, filepath.Join(to, rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
