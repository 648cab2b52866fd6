package integration

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The workflow expressions the action may use. Anything else is an error,
// so a change to action.yml that this runner does not understand fails the
// tests instead of being evaluated wrongly.

var (
	exprRE    = regexp.MustCompile(`\$\{\{(.*?)\}\}`)
	compareRE = regexp.MustCompile(`^([a-z][a-z0-9_.-]*)\s*(==|!=)\s*'([^']*)'$`)
)

// scope is what expressions can see while one step runs.
type scope struct {
	inputs     map[string]string            // declared inputs, defaults applied
	steps      map[string]map[string]string // outputs of the steps run so far, by step id
	known      map[string]bool              // ids of the steps before this one
	env        map[string]string            // variables set through GITHUB_ENV
	actionPath string
	workspace  string
	temp       string
}

// value resolves one context reference such as inputs.paths.
func (s *scope) value(ref string) (string, error) {
	switch ref {
	case "github.action_path":
		return s.actionPath, nil
	case "github.workspace":
		return s.workspace, nil
	case "runner.temp":
		return s.temp, nil
	case "runner.os":
		return "Linux", nil
	}
	parts := strings.Split(ref, ".")
	switch {
	case len(parts) == 2 && parts[0] == "inputs":
		v, ok := s.inputs[parts[1]]
		if !ok {
			return "", fmt.Errorf("input %q is not declared", parts[1])
		}
		return v, nil
	case len(parts) == 2 && parts[0] == "env":
		return s.env[parts[1]], nil
	case len(parts) == 4 && parts[0] == "steps" && parts[2] == "outputs":
		if !s.known[parts[1]] {
			return "", fmt.Errorf("%s: no earlier step has id %q", ref, parts[1])
		}
		return s.steps[parts[1]][parts[3]], nil
	}
	return "", fmt.Errorf("unknown expression %q", ref)
}

// interpolate replaces every ${{ ref }} in text.
func (s *scope) interpolate(text string) (string, error) {
	var err error
	out := exprRE.ReplaceAllStringFunc(text, func(m string) string {
		v, e := s.value(strings.TrimSpace(exprRE.FindStringSubmatch(m)[1]))
		if e != nil && err == nil {
			err = e
		}
		return v
	})
	return out, err
}

// condition evaluates an if: of the forms the action uses: terms joined by
// &&, each a status function or a comparison of a reference with a quoted
// string (case-insensitive, as on GitHub). Without a status function,
// success() is implied.
func (s *scope) condition(cond string, failed bool) (bool, error) {
	cond = strings.TrimSpace(cond)
	if m := exprRE.FindStringSubmatch(cond); m != nil && m[0] == cond {
		cond = strings.TrimSpace(m[1])
	}
	if cond == "" {
		return !failed, nil
	}
	result, status := true, false
	for _, term := range strings.Split(cond, "&&") {
		term = strings.TrimSpace(term)
		switch term {
		case "success()":
			result, status = result && !failed, true
			continue
		case "failure()":
			result, status = result && failed, true
			continue
		case "always()", "!cancelled()":
			status = true
			continue
		}
		m := compareRE.FindStringSubmatch(term)
		if m == nil {
			return false, fmt.Errorf("unknown condition %q", term)
		}
		v, err := s.value(m[1])
		if err != nil {
			return false, err
		}
		result = result && (strings.EqualFold(v, m[3]) == (m[2] == "=="))
	}
	if !status {
		result = result && !failed
	}
	return result, nil
}

// parseFileCommand reads a GITHUB_OUTPUT or GITHUB_ENV file: NAME=VALUE
// lines and NAME<<DELIMITER blocks, as the runner does.
func parseFileCommand(data string) (map[string]string, error) {
	out := map[string]string{}
	lines := strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" {
			continue
		}
		eq, heredoc := strings.Index(line, "="), strings.Index(line, "<<")
		if eq > 0 && (heredoc < 0 || eq < heredoc) {
			out[line[:eq]] = line[eq+1:]
			continue
		}
		if heredoc <= 0 || heredoc+2 == len(line) {
			return nil, fmt.Errorf("line %d: invalid command %q", i+1, line)
		}
		name, delim := line[:heredoc], line[heredoc+2:]
		var value []string
		for i++; ; i++ {
			if i >= len(lines) {
				return nil, fmt.Errorf("%s: no closing delimiter %q", name, delim)
			}
			if lines[i] == delim {
				break
			}
			value = append(value, lines[i])
		}
		out[name] = strings.Join(value, "\n")
	}
	return out, nil
}

func TestParseFileCommand(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string
		err      bool
	}{
		{name: "pairs", in: "a=1\nb=x=y\n", want: map[string]string{"a": "1", "b": "x=y"}},
		{name: "heredoc", in: "p<<EOF\none\ntwo\nEOF\nq=2\n", want: map[string]string{"p": "one\ntwo", "q": "2"}},
		{name: "empty heredoc", in: "p<<D\nD\n", want: map[string]string{"p": ""}},
		{name: "unclosed heredoc", in: "p<<EOF\none\n", err: true},
		{name: "no value", in: "p\n", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFileCommand(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); !tt.err && diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestCondition(t *testing.T) {
	s := &scope{
		inputs: map[string]string{"upload": "True"},
		steps:  map[string]map[string]string{"scan": {"ready": "false"}},
		known:  map[string]bool{"scan": true},
	}
	tests := []struct {
		cond   string
		failed bool
		want   bool
		err    bool
	}{
		{cond: "", want: true},
		{cond: "", failed: true, want: false},
		{cond: "${{ inputs.upload == 'true' }}", want: true},
		{cond: "inputs.upload == 'true'", failed: true, want: false},
		{cond: "!cancelled() && inputs.upload == 'true'", failed: true, want: true},
		{cond: "inputs.upload == 'true' && steps.scan.outputs.ready == 'true'", want: false},
		{cond: "steps.scan.outputs.ready != 'true'", want: true},
		{cond: "inputs.missing == 'true'", err: true},
		{cond: "steps.later.outputs.x == ''", err: true},
		{cond: "inputs.upload == 'true' || always()", err: true},
		{cond: "contains(inputs.upload, 'x')", err: true},
	}
	for _, tt := range tests {
		got, err := s.condition(tt.cond, tt.failed)
		if (err != nil) != tt.err || (!tt.err && got != tt.want) {
			t.Errorf("condition(%q, failed=%v) = %v, %v; want %v, error %v", tt.cond, tt.failed, got, err, tt.want, tt.err)
		}
	}
}
