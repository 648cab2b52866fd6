package pipeline

import (
	"errors"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/policies"
	"github.com/moatscan/moat/suppress"
)

// Catalog returns every rule moat has: the policies' and the rules about
// suppressions, sorted by ID.
func Catalog(e *policies.Engine) []finding.Rule {
	return append(e.Rules(), suppress.Rules()...)
}

// selectRules narrows the engine to the rules the configuration enables
// and returns the rules of the report, with their configured levels.
func selectRules(e *policies.Engine, cfg config.Config) (*policies.Engine, []finding.Rule) {
	e = e.Select(func(r finding.Rule) bool { return cfg.Enabled(r.ID) })
	rules := e.Rules()
	for _, r := range suppress.Rules() {
		if cfg.Enabled(r.ID) {
			rules = append(rules, r)
		}
	}
	for i := range rules {
		rules[i].Severity = cfg.Level(rules[i].ID, rules[i].Severity)
	}
	return e, rules
}

// accept applies the suppressions, then the configured levels; a note
// that says a rule could not decide, or that a resource complies another
// way, stays a note.
func accept(opts Options, g *graph.Graph, rep *finding.Report, catalog []finding.Rule, files func(string) bool) {
	ran := map[string]bool{}
	for _, r := range rep.Rules {
		ran[r.ID] = true
	}
	ds, diags := suppress.Collect(rep.Files, readRoot(opts.Root), g, entries(opts.Config, opts.ConfigDir))
	rep.Diagnostics = append(rep.Diagnostics, diags...)
	rep.Diagnostics = append(rep.Diagnostics, suppress.Apply(rep, g, ds, suppress.Options{
		Now: opts.Now, Rules: catalog, Ran: func(id string) bool { return ran[id] }, Files: files,
	})...)
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if !f.Undetermined && !f.Advisory {
			f.Level = opts.Config.Level(f.RuleID, f.Level)
		}
	}
}

// entries are the suppressions of .moat.yaml, for the suppress package.
// Their paths are relative to the folder of .moat.yaml, dir.
func entries(cfg config.Config, dir string) []suppress.Entry {
	out := make([]suppress.Entry, len(cfg.Suppressions))
	for i, s := range cfg.Suppressions {
		e := suppress.Entry{Rules: s.Rules, Reason: s.Reason, Expires: s.Expires, Until: s.Until, Where: s.Where}
		if len(s.Paths) > 0 {
			globs := s.Globs // empty when every pattern is malformed: then no file matches
			e.Files = func(name string) bool {
				rel, ok := below(dir, name)
				return ok && matchGlobs(globs, rel)
			}
		}
		if s.Resource != "" {
			e.Resource = s.MatchResource
		}
		out[i] = e
	}
	return out
}

func matchGlobs(globs []discover.Glob, name string) bool {
	for _, g := range globs {
		if g.MatchFile(name) {
			return true
		}
	}
	return false
}

// below returns name relative to dir (report names, "" is the scan
// root), or false when name is not below dir.
func below(dir, name string) (string, bool) {
	if dir == "" || dir == "." {
		return name, true
	}
	rest, ok := strings.CutPrefix(name, dir+"/")
	return rest, ok
}

// rebase makes exclude patterns relative to dir relative to the scan
// root. A bare name (no slash) matches a file or folder name anywhere,
// so it stays as it is.
func rebase(dir string, patterns []string) []string {
	if dir == "" || dir == "." {
		return patterns
	}
	out := make([]string, len(patterns))
	for i, p := range patterns {
		out[i] = p
		if strings.Contains(strings.TrimSuffix(p, "/"), "/") {
			out[i] = dir + "/" + strings.TrimPrefix(p, "/")
		}
	}
	return out
}

// readRoot reads files by report name, below the scan root only.
func readRoot(root string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if path.IsAbs(name) || name == ".." || strings.HasPrefix(name, "../") {
			return nil, errors.New("the file is outside the scan root")
		}
		return os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
	}
}
