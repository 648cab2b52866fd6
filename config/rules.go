package config

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// RuleSettings is the rules section: which rules run and at what level.
// Every entry is a rule ID or a pattern such as AZR-ISO-* (see
// finding.MatchRule); case is ignored.
type RuleSettings struct {
	Enable   []string                 `yaml:"enable"`   // when set, only the rules matching one of these run
	Disable  []string                 `yaml:"disable"`  // these never run, even when enabled
	Severity map[string]finding.Level `yaml:"severity"` // level overrides, by ID or pattern
}

// Enabled reports whether the rule with this ID runs: it matches
// rules.enable (or that list is empty) and does not match rules.disable.
func (c Config) Enabled(id string) bool {
	if matchAny(c.Rules.Disable, id) {
		return false
	}
	return len(c.Rules.Enable) == 0 || matchAny(c.Rules.Enable, id)
}

// Level returns the level findings of the rule with this ID get: the
// override of rules.severity that names the ID, else that of the longest
// matching pattern (the first in sort order among equals), else def.
func (c Config) Level(id string, def finding.Level) finding.Level {
	best, exact := "", false
	for p := range c.Rules.Severity {
		e := strings.EqualFold(p, id)
		if !e && !finding.MatchRule(p, id) {
			continue
		}
		if best == "" || e && !exact || e == exact && (len(p) > len(best) || len(p) == len(best) && p < best) {
			best, exact = p, e
		}
	}
	if best == "" {
		return def
	}
	return c.Rules.Severity[best]
}

func matchAny(patterns []string, id string) bool {
	for _, p := range patterns {
		if finding.MatchRule(p, id) {
			return true
		}
	}
	return false
}

// Suggestions cost an edit distance per known rule: CheckRules makes them
// for the first maxHints unknown references, up to maxHintLen bytes long.
const (
	maxHints   = 100
	maxHintLen = 64
)

// ruleRef is one rule ID or pattern written in the file, and where.
type ruleRef struct {
	field   string // rules.enable, rules.disable, rules.severity or suppressions[i].rules
	pattern string
	where   graph.Range
}

// ruleRefs lists the rule IDs and patterns of c in file order; locate
// returns where the value (or the map key) at a path is written, and may
// be nil.
func (c *Config) ruleRefs(locate func(key bool, steps ...any) graph.Range) []ruleRef {
	if locate == nil {
		locate = func(bool, ...any) graph.Range { return graph.Range{} }
	}
	var refs []ruleRef
	for i, p := range c.Rules.Enable {
		refs = append(refs, ruleRef{"rules.enable", p, locate(false, "rules", "enable", i)})
	}
	for i, p := range c.Rules.Disable {
		refs = append(refs, ruleRef{"rules.disable", p, locate(false, "rules", "disable", i)})
	}
	for _, p := range slices.Sorted(maps.Keys(c.Rules.Severity)) {
		refs = append(refs, ruleRef{"rules.severity", p, locate(true, "rules", "severity", p)})
	}
	for i, s := range c.Suppressions {
		for j, p := range s.Rules {
			refs = append(refs, ruleRef{fmt.Sprintf("suppressions[%d].rules", i), p, locate(false, "suppressions", i, "rules", j)})
		}
	}
	return refs
}

// CheckRules reports every rule ID or pattern of the configuration that
// matches none of the known rule IDs, at the position where it is
// written, with the nearest ID or area pattern as a suggestion. Parse
// cannot do this: it does not know the rules.
func (c *Config) CheckRules(known []string) graph.Diagnostics {
	refs := c.refs
	if refs == nil {
		refs = c.ruleRefs(nil)
	}
	var ds graph.Diagnostics
	names := candidates(known)
	for _, r := range refs {
		if matchesKnown(r.pattern, known) {
			continue
		}
		hint := ""
		if len(ds) < maxHints && len(r.pattern) <= maxHintLen {
			if best := nearest(r.pattern, names); best != "" {
				hint = "; did you mean " + best + "?"
			}
		}
		ds = ds.Errorf(graph.CodeConfigInvalid, r.where, "invalid configuration", "%s: %s matches no rule%s", r.field, r.pattern, hint)
	}
	return ds
}

func matchesKnown(pattern string, known []string) bool {
	for _, id := range known {
		if finding.MatchRule(pattern, id) {
			return true
		}
	}
	return false
}

// candidates are the suggestions for a rule reference: the known IDs and
// one pattern per area (AZR-ISO-*).
func candidates(known []string) []string {
	out := append([]string(nil), known...)
	seen := map[string]bool{}
	for _, id := range known {
		if i := strings.LastIndexByte(id, '-'); i > 0 && !seen[id[:i]] {
			seen[id[:i]] = true
			out = append(out, id[:i]+"-*")
		}
	}
	return out
}

// checkPattern says why a rule pattern is malformed, or returns nil.
func checkPattern(p string) error {
	if _, err := path.Match(strings.ToUpper(p), ""); err != nil {
		return fmt.Errorf("malformed pattern: %w", err)
	}
	return nil
}
