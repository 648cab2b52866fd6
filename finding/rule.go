package finding

import (
	"path"
	"strings"
)

// Rule is a rule's metadata, written once in its policy's METADATA block.
type Rule struct {
	ID          string   `json:"id"`          // AZR-<AREA>-NNN, permanent
	Title       string   `json:"title"`       // one line
	Description string   `json:"description"` // what the rule checks and why
	Severity    Level    `json:"severity"`    // default level
	Provenance  string   `json:"provenance"`  // seed, seed+derived or supplementary
	Seed        Seed     `json:"seed"`
	Remediation string   `json:"remediation"`
	Scope       string   `json:"scope"`      // where the rule applies (catalog §4)
	Formats     []string `json:"formats"`    // the formats the rule reads
	References  []string `json:"references"` // public documentation URLs
	Package     string   `json:"package"`    // the Rego package path
}

// Seed cites the source document a rule comes from.
type Seed struct {
	Document string `json:"document"` // file name in the seeds folder
	Section  string `json:"section"`
}

// HelpURI is where the rule's documentation page lives in the repository.
func (r Rule) HelpURI() string {
	return "https://github.com/moatscan/moat/blob/main/docs/rules/" + r.ID + ".md"
}

// Area is the AREA part of the rule ID (INF, TLS, WI, ISO).
func (r Rule) Area() string {
	if len(r.ID) < 5 {
		return ""
	}
	rest := r.ID[4:]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '-' {
			return rest[:i]
		}
	}
	return rest
}

// MatchRule reports whether a rule ID matches a pattern from the user:
// the ID itself, or a shell pattern such as AZR-SCH-* (path.Match
// syntax; rule IDs hold no slash). Case is ignored, as people type IDs. A
// malformed pattern matches nothing.
func MatchRule(pattern, id string) bool {
	ok, err := path.Match(strings.ToUpper(pattern), strings.ToUpper(id))
	return ok && err == nil
}
