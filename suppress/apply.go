package suppress

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/agext/levenshtein"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// Options say what Apply checks the suppressions against.
type Options struct {
	Now   time.Time              // the day expiry dates are measured at; zero means today
	Rules []finding.Rule         // every rule of the catalog: a suppression must name one
	Ran   func(id string) bool   // the rules that ran, the suppression rules among them; nil means all
	Files func(name string) bool // the files whose suppressions are reported unused or expired; nil means all
}

// Apply records on each finding the suppressions that accept it, adds a
// finding for each expired suppression and each one that matches nothing,
// and returns the diagnostics of suppressions that name unknown rules.
// rep.Findings must hold only the catalog's findings.
func Apply(rep *finding.Report, g *graph.Graph, ds []*Directive, opts Options) graph.Diagnostics {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	diags, valid := checkRules(ds, opts.Rules)
	idx := index(valid)
	for i := range rep.Findings {
		f := &rep.Findings[i]
		for _, d := range idx.candidates(*f, g) {
			if d.covers(f.RuleID) && !d.expired(now) && d.matches(*f, g) {
				f.Suppressions = append(f.Suppressions, d.suppression())
				d.used = true
			}
		}
	}
	for _, d := range valid {
		if opts.Files != nil && !opts.Files(d.Where.Filename) {
			continue
		}
		switch {
		case d.expired(now) && ran(opts, ruleExpired.ID):
			rep.Findings = append(rep.Findings, d.finding(ruleExpired, fmt.Sprintf("suppression of %s expired on %s: %s",
				strings.Join(d.Rules, ", "), d.Expires, d.Reason)))
		case !d.expired(now) && !d.used && d.ran(opts) && ran(opts, ruleUnused.ID):
			rep.Findings = append(rep.Findings, d.finding(ruleUnused, fmt.Sprintf("suppression of %s matches no finding: %s",
				strings.Join(d.Rules, ", "), d.Reason)))
		}
	}
	return diags
}

// checkRules drops the directives that name a rule the catalog does not
// have, with a diagnostic that suggests the nearest ID. .moat.yaml
// entries are left to the configuration's own check.
func checkRules(ds []*Directive, rules []finding.Rule) (graph.Diagnostics, []*Directive) {
	var diags graph.Diagnostics
	var valid []*Directive
	for _, d := range ds {
		if d.Rules == nil {
			continue // malformed ARM metadata, reported by Collect
		}
		bad := ""
		for _, p := range d.Rules {
			if d.entry == nil && !anyRule(p, rules) {
				bad = p
				break
			}
		}
		if bad != "" {
			diags = invalid(diags, d.Where, fmt.Sprintf("%s matches no rule%s", bad, suggest(bad, rules)))
			continue
		}
		valid = append(valid, d)
	}
	return diags, valid
}

func anyRule(pattern string, rules []finding.Rule) bool {
	for _, r := range rules {
		if finding.MatchRule(pattern, r.ID) {
			return true
		}
	}
	return false
}

// suggest is "; did you mean X?" for the nearest rule ID, or "".
func suggest(id string, rules []finding.Rule) string {
	best, dist := "", 4
	for _, r := range rules {
		if d := levenshtein.Distance(strings.ToUpper(id), r.ID, nil); d < dist {
			best, dist = r.ID, d
		}
	}
	if best == "" {
		return ""
	}
	return "; did you mean " + best + "?"
}

// ran reports whether one of the rules the directive names ran, so that
// finding nothing means something.
func (d *Directive) ran(opts Options) bool {
	for _, r := range opts.Rules {
		if d.covers(r.ID) && ran(opts, r.ID) {
			return true
		}
	}
	return false
}

func ran(opts Options, id string) bool { return opts.Ran == nil || opts.Ran(id) }

// finding is a finding of a suppression rule, at the suppression.
func (d *Directive) finding(r finding.Rule, msg string) finding.Finding {
	return finding.Finding{RuleID: r.ID, Level: r.Severity, Message: msg, Location: finding.Location{Range: d.Where}}
}

// directiveIndex finds the directives that may govern a finding: those of
// its files and resources, and the .moat.yaml entries.
type directiveIndex struct {
	byFile  map[string][]*Directive
	byNode  map[string][]*Directive
	entries []*Directive
}

func index(ds []*Directive) directiveIndex {
	idx := directiveIndex{byFile: map[string][]*Directive{}, byNode: map[string][]*Directive{}}
	for _, d := range ds {
		switch {
		case d.entry != nil:
			idx.entries = append(idx.entries, d)
		case d.nodes != nil:
			for _, id := range slices.Sorted(maps.Keys(d.nodes)) {
				idx.byNode[id] = append(idx.byNode[id], d)
			}
		case d.Line > 0:
			idx.byFile[d.File] = append(idx.byFile[d.File], d)
		}
	}
	return idx
}

// candidates are the directives to try on f, in a fixed order: those on
// its resources, those in the files of its location, of its resources'
// definitions and of the module calls that made them, and the entries.
func (idx directiveIndex) candidates(f finding.Finding, g *graph.Graph) []*Directive {
	var out []*Directive
	seen := map[*Directive]bool{}
	add := func(ds []*Directive) {
		for _, d := range ds {
			if !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	add(idx.byFile[f.Location.Range.Filename])
	for _, id := range []string{f.Location.Node, f.AppliesTo} {
		add(idx.byNode[id])
		if n := g.Node(id); id != "" && n != nil {
			add(idx.byFile[n.Range.Filename])
			for _, o := range n.Origin {
				add(idx.byFile[o.Filename])
			}
		}
	}
	return append(out, idx.entries...)
}
