package integration

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// repoRoot is the repository root: the action's own checkout.
var repoRoot, _ = filepath.Abs("..")

var (
	pinnedRE  = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}$`)
	versionRE = regexp.MustCompile(`^# v\d+\.\d+\.\d+$`)
)

// TestActionPinned checks that every action used by action.yml and the
// workflows is pinned to a full commit SHA, with its release as a comment.
func TestActionPinned(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repoRoot, ".github", "workflows", "*.yml"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, filepath.Join(repoRoot, "action.yml"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		name, _ := filepath.Rel(repoRoot, file)
		uses := 0
		walkUses(&doc, func(v *yaml.Node) {
			uses++
			switch {
			case strings.HasPrefix(v.Value, "./"):
			case !pinnedRE.MatchString(v.Value):
				t.Errorf("%s:%d: %s is not pinned to a commit SHA", name, v.Line, v.Value)
			case !versionRE.MatchString(v.LineComment):
				t.Errorf("%s:%d: %s lacks its release as a comment (# vX.Y.Z), got %q", name, v.Line, v.Value, v.LineComment)
			}
		})
		if uses == 0 {
			t.Errorf("%s: no uses: found", name)
		}
	}
}

// walkUses calls fn with the value of every uses: key.
func walkUses(n *yaml.Node, fn func(*yaml.Node)) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "uses" && n.Content[i+1].Kind == yaml.ScalarNode {
				fn(n.Content[i+1])
			}
		}
	}
	for _, c := range n.Content {
		walkUses(c, fn)
	}
}

// TestActionMetadata checks what the runner cannot: every input and output
// is described, and Go comes from the action's own go.mod.
func TestActionMetadata(t *testing.T) {
	a := loadAction(t, filepath.Join(repoRoot, "action.yml"))
	for name, in := range a.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
	}
	for _, name := range []string{"sarif-file", "findings", "exit-code"} {
		if a.Outputs[name].Description == "" || a.Outputs[name].Value == "" {
			t.Errorf("output %s is missing or undescribed", name)
		}
	}
	var setupGo *actionStep
	for i, st := range a.Runs.Steps {
		if strings.HasPrefix(st.Uses, "actions/setup-go@") {
			setupGo = &a.Runs.Steps[i]
		}
	}
	if setupGo == nil || setupGo.With["go-version-file"] != "${{ github.action_path }}/go.mod" {
		t.Errorf("setup-go must read the action's own go.mod, got %+v", setupGo)
	}
}

// actionCase is one job running the action.
type actionCase struct {
	name     string
	inputs   map[string]string
	exit     string // the exit-code output: the scan's exit code
	failed   bool   // whether the job fails
	uploaded bool   // whether the SARIF upload step runs
	want     map[string]string
	check    func(t *testing.T, r *runner, res *jobResult)
}

func TestActionRun(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not found")
	}
	a := loadAction(t, filepath.Join(repoRoot, "action.yml"))
	temp := filepath.Join(t.TempDir(), "runner-temp")
	for _, tc := range actionCases() {
		t.Run(tc.name, func(t *testing.T) {
			// One job per case; RUNNER_TEMP is shared, as by the steps
			// of one job that uses the action more than once.
			r := &runner{action: a, actionPath: repoRoot, workspace: workspace(t),
				temp: temp, files: t.TempDir()}
			res := r.run(t, tc.inputs)
			if res.failed != tc.failed {
				t.Errorf("job failed = %v, want %v", res.failed, tc.failed)
			}
			if got := res.outputs["exit-code"]; got != tc.exit {
				t.Errorf("exit-code = %q, want %q", got, tc.exit)
			}
			upload, scan := res.steps["upload"], res.steps["scan"]
			if upload == nil || scan == nil {
				t.Fatal("action.yml has no step with id upload or scan")
			}
			if upload.ran != tc.uploaded {
				t.Errorf("upload ran = %v, want %v", upload.ran, tc.uploaded)
			}
			if upload.ran {
				checkSARIF(t, r.resolve(upload.with["sarif_file"]))
				if upload.with["category"] == "" {
					t.Error("upload has no category")
				}
			}
			for k, v := range tc.want {
				if got := scan.outputs[k]; got != v {
					t.Errorf("scan output %s = %q, want %q", k, got, v)
				}
			}
			if tc.check != nil {
				tc.check(t, r, res)
			}
			if t.Failed() {
				for _, st := range a.Runs.Steps {
					if sr := res.steps[st.label()]; sr.ran && st.Run != "" {
						t.Logf("step %s (exit %d):\n%s", st.label(), sr.code, sr.log)
					}
				}
			}
		})
	}
}

// resolve turns a path given to the action into an absolute one.
func (r *runner) resolve(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(r.workspace, p)
}

// workspace builds a small repository to scan: the demo application
// (errors and warnings), a manifest with one warning, a clean one, and
// the warning again in a folder whose name holds a space.
func workspace(t *testing.T) string {
	t.Helper()
	ws := t.TempDir()
	copies := map[string]string{
		"demo":       filepath.Join(repoRoot, "fixtures", "demo"),
		"warnings":   filepath.Join("testdata", "warnings"),
		"clean":      filepath.Join("testdata", "clean"),
		"with space": filepath.Join("testdata", "warnings"),
	}
	for dst, src := range copies {
		if err := os.CopyFS(filepath.Join(ws, dst), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	return ws
}

// checkSARIF checks that file holds a SARIF 2.1.0 log with a run.
func checkSARIF(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("SARIF file: %v", err)
	}
	var log struct {
		Version string            `json:"version"`
		Runs    []json.RawMessage `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil || log.Version != "2.1.0" || len(log.Runs) == 0 {
		t.Errorf("%s is not a SARIF 2.1.0 log (version %q, %d runs, %v)", file, log.Version, len(log.Runs), err)
	}
}

// TestWorkflowPermissions checks that every workflow sets its token's
// permissions, and that CI only reads.
func TestWorkflowPermissions(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repoRoot, ".github", "workflows", "*.yml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no workflows: %v", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var wf struct {
			Permissions map[string]string
		}
		if err := yaml.Unmarshal(data, &wf); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		name := filepath.Base(file)
		if len(wf.Permissions) == 0 {
			t.Errorf("%s sets no top-level permissions", name)
		}
		if name == "ci.yml" && (len(wf.Permissions) != 1 || wf.Permissions["contents"] != "read") {
			t.Errorf("ci.yml permissions = %v, want contents: read only", wf.Permissions)
		}
	}
}
