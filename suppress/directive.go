package suppress

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// Marker starts every suppression comment.
const Marker = "moat:ignore"

// Directive is one suppression, wherever it is written.
type Directive struct {
	Rules   []string // rule IDs or patterns (finding.MatchRule)
	Reason  string
	Expires string    // YYYY-MM-DD, or "" when it never expires
	Until   time.Time // Expires at 00:00 UTC
	Kind    string    // finding.InSource or finding.External
	Where   graph.Range

	// What it governs: a line of a file (a comment), resources (ARM
	// metadata), or what a .moat.yaml entry selects.
	File  string
	Line  int // 0 when the comment has no code below it
	nodes map[string]bool
	entry *Entry

	used bool
}

// parse reads the text after the marker: rules, options, then "--" and
// the reason.
func parse(text string) (Directive, error) {
	var d Directive
	head, reason, ok := strings.Cut(text, "--")
	d.Reason = strings.Join(strings.Fields(reason), " ")
	if !ok || d.Reason == "" {
		return d, errors.New("no reason given: end the suppression with -- and why the finding is accepted")
	}
	for _, field := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
		key, value, isOption := strings.Cut(field, "=")
		switch {
		case !isOption:
			d.Rules = append(d.Rules, field)
		case strings.EqualFold(key, "expires"):
			t, err := time.Parse(time.DateOnly, value)
			if err != nil {
				return d, fmt.Errorf("expires=%s is not a date: write it as YYYY-MM-DD", value)
			}
			d.Expires, d.Until = value, t
		default:
			return d, fmt.Errorf("unknown option %q: the only option is expires=YYYY-MM-DD", key)
		}
	}
	if len(d.Rules) == 0 {
		return d, errors.New("no rule named: list the rule IDs to suppress, such as moat:ignore AZR-ISO-004 -- why")
	}
	return d, nil
}

// parseComment reads a comment's text without its markers (#, //, /* */)
// and reports whether it is a suppression at all: the marker must start
// the comment.
func parseComment(text string) (Directive, bool, error) {
	t := strings.TrimSpace(text)
	switch {
	case strings.HasPrefix(t, "#"):
		t = t[1:]
	case strings.HasPrefix(t, "//"):
		t = t[2:]
	case strings.HasPrefix(t, "/*"):
		t = strings.TrimSuffix(t[2:], "*/")
	}
	t = strings.TrimSpace(t)
	if len(t) < len(Marker) || !strings.EqualFold(t[:len(Marker)], Marker) {
		return Directive{}, false, nil
	}
	rest := t[len(Marker):]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return Directive{}, false, nil // moat:ignored, moat:ignore-foo: not ours
	}
	d, err := parse(rest)
	return d, true, err
}

// expired reports whether the suppression no longer holds on the day of
// now (UTC): it holds through its expiry date.
func (d *Directive) expired(now time.Time) bool {
	if d.Until.IsZero() {
		return false
	}
	day := now.UTC().Truncate(24 * time.Hour)
	return day.After(d.Until)
}

// covers reports whether the directive names the rule.
func (d *Directive) covers(id string) bool {
	for _, p := range d.Rules {
		if finding.MatchRule(p, id) {
			return true
		}
	}
	return false
}

// suppression is what a finding records of the directive.
func (d *Directive) suppression() finding.Suppression {
	return finding.Suppression{Kind: d.Kind, Justification: d.Reason, Expires: d.Expires, Location: d.Where}
}

// Entry is a suppression of .moat.yaml, as the configuration read and
// checked it.
type Entry struct {
	Rules   []string
	Reason  string
	Expires string    // YYYY-MM-DD or ""
	Until   time.Time // Expires at 00:00 UTC
	Where   graph.Range
	// Files selects the findings by file (nil: every file), Resource by
	// node ID and name (nil: every resource).
	Files    func(name string) bool
	Resource func(id, name string) bool
}
