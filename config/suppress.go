package config

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
)

// Suppression is one entry of the suppressions section: findings of some
// rules, in some files, on some resource, that people accepted for a
// reason, possibly until a date.
type Suppression struct {
	Rules    []string `yaml:"rules"`    // rule IDs or patterns (finding.MatchRule); required
	Paths    []string `yaml:"paths"`    // --exclude style globs on the finding's file; empty: any file
	Resource string   `yaml:"resource"` // glob on the resource (see MatchResource); empty: any resource
	Reason   string   `yaml:"reason"`   // why the findings are accepted; required
	Expires  string   `yaml:"expires"`  // YYYY-MM-DD, the last day the suppression holds; empty: never

	Globs []discover.Glob `yaml:"-"` // Paths, compiled
	Until time.Time       `yaml:"-"` // Expires at 00:00 UTC; zero when it never expires
	Where graph.Range     `yaml:"-"` // the entry's first line in the configuration
}

// MatchResource reports whether the suppression covers a resource, given
// its node ID and name: the resource pattern is empty, or it matches the
// ID, the address after the ID's last ":" (Terraform's module folder:
// type.name), or the name. In the pattern "*" matches any run of
// characters ("/" and ":" included) and "?" any one; case is ignored.
func (s Suppression) MatchResource(id, name string) bool {
	if s.Resource == "" {
		return true
	}
	addr := id
	if i := strings.LastIndexByte(id, ':'); i >= 0 {
		addr = id[i+1:]
	}
	p := strings.ToLower(s.Resource)
	return wildcard(p, strings.ToLower(id)) || wildcard(p, strings.ToLower(addr)) ||
		name != "" && wildcard(p, strings.ToLower(name))
}

// wildcard matches s against a pattern of literal characters, "*" (any
// run) and "?" (one character), in time linear in len(p)*len(s).
func wildcard(p, s string) bool {
	pi, si := 0, 0
	star, mark := -1, 0
	for si < len(s) {
		r, rs := utf8.DecodeRuneInString(s[si:])
		if pi < len(p) {
			q, qs := utf8.DecodeRuneInString(p[pi:])
			if q == '*' {
				star, mark = pi+1, si
				pi++
				continue
			}
			if q == '?' || q == r {
				pi += qs
				si += rs
				continue
			}
		}
		if star < 0 {
			return false
		}
		_, ms := utf8.DecodeRuneInString(s[mark:])
		mark += ms
		pi, si = star, mark
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}
