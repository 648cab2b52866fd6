package integration

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// action is the part of action.yml the runner reads. Decoding is strict:
// a key this runner does not know fails the test.
type action struct {
	Name        string
	Description string
	Author      string
	Branding    map[string]string
	Inputs      map[string]struct {
		Description string
		Required    bool
		Default     string
	}
	Outputs map[string]struct {
		Description string
		Value       string
	}
	Runs struct {
		Using string
		Steps []actionStep
	}
}

type actionStep struct {
	ID    string
	Name  string
	If    string
	Uses  string
	With  map[string]string
	Shell string
	Env   map[string]string
	Run   string
}

func (st actionStep) label() string {
	if st.ID != "" {
		return st.ID
	}
	return st.Name
}

func loadAction(t *testing.T, path string) *action {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var a action
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	return &a
}

// stepResult is what one step did.
type stepResult struct {
	ran     bool
	code    int               // exit code of a run step
	with    map[string]string // evaluated inputs of a uses step
	outputs map[string]string
	log     string
}

// jobResult is what a job made of this one action did.
type jobResult struct {
	steps   map[string]*stepResult // by step id, or name when it has none
	outputs map[string]string      // the action's outputs
	failed  bool
	summary string // GITHUB_STEP_SUMMARY, all steps together
}

// runner runs an action's steps as a GitHub runner would, on Linux:
// uses: steps are evaluated but not run, run: steps go to bash.
type runner struct {
	action     *action
	actionPath string // GITHUB_ACTION_PATH: the repository root
	workspace  string // GITHUB_WORKSPACE
	temp       string // RUNNER_TEMP
	files      string // where the per-step file commands live
}

// run runs every step with the given inputs (defaults fill the rest).
func (r *runner) run(t *testing.T, with map[string]string) *jobResult {
	t.Helper()
	s := &scope{inputs: map[string]string{}, steps: map[string]map[string]string{},
		known: map[string]bool{}, env: map[string]string{},
		actionPath: r.actionPath, workspace: r.workspace, temp: r.temp}
	for name, in := range r.action.Inputs {
		s.inputs[name] = in.Default
	}
	for name, v := range with {
		if _, ok := s.inputs[name]; !ok {
			t.Fatalf("input %q is not declared in action.yml", name)
		}
		s.inputs[name] = v
	}
	res := &jobResult{steps: map[string]*stepResult{}, outputs: map[string]string{}}
	var path []string
	for i, st := range r.action.Runs.Steps {
		sr, err := r.step(i, st, s, res.failed, path)
		if err != nil {
			t.Fatalf("step %s: %v", st.label(), err)
		}
		res.steps[st.label()] = sr
		if st.ID != "" {
			s.steps[st.ID], s.known[st.ID] = sr.outputs, true
		}
		if sr.ran && sr.code != 0 {
			res.failed = true
		}
		if sr.ran && st.Run != "" {
			if err := r.collect(i, s, res, &path); err != nil {
				t.Fatalf("step %s: %v", st.label(), err)
			}
		}
	}
	for name, out := range r.action.Outputs {
		v, err := s.interpolate(out.Value)
		if err != nil {
			t.Fatalf("output %s: %v", name, err)
		}
		res.outputs[name] = v
	}
	return res
}

// step evaluates one step's condition and inputs and runs its script.
func (r *runner) step(i int, st actionStep, s *scope, failed bool, path []string) (*stepResult, error) {
	if (st.Uses == "") == (st.Run == "") {
		return nil, errors.New("needs exactly one of uses and run")
	}
	sr := &stepResult{with: map[string]string{}, outputs: map[string]string{}}
	env := map[string]string{}
	for k, v := range st.Env {
		x, err := s.interpolate(v)
		if err != nil {
			return nil, fmt.Errorf("env %s: %w", k, err)
		}
		env[k] = x
	}
	for k, v := range st.With {
		x, err := s.interpolate(v)
		if err != nil {
			return nil, fmt.Errorf("with %s: %w", k, err)
		}
		sr.with[k] = x
	}
	ok, err := s.condition(st.If, failed)
	if err != nil || !ok || st.Uses != "" {
		sr.ran = ok
		return sr, err
	}
	if st.Shell != "bash" {
		return nil, fmt.Errorf("shell %q, want bash", st.Shell)
	}
	if strings.Contains(st.Run, "${{") {
		return nil, errors.New("run: script holds a ${{ }} expression: pass it through env")
	}
	sr.ran = true
	sr.code, sr.log, err = r.script(i, st.Run, s, env, path)
	return sr, err
}

// script runs a run: step as `bash --noprofile --norc -eo pipefail {0}`.
func (r *runner) script(i int, body string, s *scope, stepEnv map[string]string, path []string) (int, string, error) {
	dir := filepath.Join(r.files, fmt.Sprint(i))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, "", err
	}
	file := filepath.Join(dir, "script.sh")
	if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
		return 0, "", err
	}
	vars := map[string]string{
		"GITHUB_ACTION_PATH": r.actionPath, "GITHUB_WORKSPACE": r.workspace,
		"RUNNER_TEMP": r.temp, "RUNNER_OS": "Linux", "CI": "true", "GITHUB_ACTIONS": "true",
	}
	for _, name := range []string{"GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY"} {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			return 0, "", err
		}
		vars[name] = f
	}
	env := baseEnv(path)
	for _, m := range []map[string]string{s.env, stepEnv, vars} {
		for k, v := range m {
			env = append(env, k+"="+v)
		}
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", file)
	cmd.Dir, cmd.Env = r.workspace, env
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), string(out), nil
	}
	return 0, string(out), err
}

// collect reads the file commands a run: step wrote.
func (r *runner) collect(i int, s *scope, res *jobResult, path *[]string) error {
	dir := filepath.Join(r.files, fmt.Sprint(i))
	read := func(name string) (string, error) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		return string(b), err
	}
	for name, into := range map[string]map[string]string{"GITHUB_OUTPUT": nil, "GITHUB_ENV": s.env} {
		data, err := read(name)
		if err != nil {
			return err
		}
		kv, err := parseFileCommand(data)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if into == nil {
			into = res.steps[r.action.Runs.Steps[i].label()].outputs
		}
		for k, v := range kv {
			into[k] = v
		}
	}
	added, err := read("GITHUB_PATH")
	if err != nil {
		return err
	}
	for _, p := range strings.Split(strings.TrimSpace(added), "\n") {
		if p != "" {
			*path = append([]string{p}, *path...)
		}
	}
	summary, err := read("GITHUB_STEP_SUMMARY")
	res.summary += summary
	return err
}

// baseEnv is the test's environment without anything a runner would set,
// with Go kept off the network.
func baseEnv(path []string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, value, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(name, "GITHUB_"), strings.HasPrefix(name, "RUNNER_"),
			strings.HasPrefix(name, "INPUT_"), name == "CI", name == "GOFLAGS",
			name == "GOPROXY", name == "GOTOOLCHAIN":
			continue
		case name == "PATH" && len(path) > 0:
			kv = "PATH=" + strings.Join(append(append([]string{}, path...), value), string(os.PathListSeparator))
		}
		env = append(env, kv)
	}
	return append(env, "GOFLAGS=-mod=readonly", "GOPROXY=off", "GOTOOLCHAIN=local")
}
