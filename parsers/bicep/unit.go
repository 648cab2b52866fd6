package bicep

import (
	"regexp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/funcs"
)

// unit is one evaluation of an entry file with one parameters file (or
// none): its resources and those of the modules it calls.
type unit struct {
	p      *parser
	root   *file
	params *file // a .bicepparam or ARM parameters file; nil for defaults
	prefix string

	budget     *funcs.Budget
	taken      int
	limited    bool
	depth      int // evaluation depth across variables, functions and modules
	iterations int // loop iterations evaluated
	diags      graph.Diagnostics
	seen       map[string]bool
	all        []*instance
	refs       []pending
	edges      []graph.Edge
	reasons    map[string]int // why attributes are unknown
	ids        map[string]int
}

// pending is a reference to resolve once every resource is known.
type pending struct {
	from *instance
	attrs.Ref
}

func (p *parser) newUnit(root, params *file, prefix string) *unit {
	return &unit{p: p, root: root, params: params, prefix: prefix, budget: funcs.DefaultBudget(),
		seen: map[string]bool{}, reasons: map[string]int{}}
}

// report records a diagnostic once.
func (u *unit) report(d graph.Diagnostic) {
	k := d.Error()
	if u.seen[k] {
		return
	}
	u.seen[k] = true
	u.diags = append(u.diags, d)
}

// take counts n more resources; false when the unit's limit is reached,
// which is reported once.
func (u *unit) take(n int, at graph.Range) bool {
	limit := u.p.opts.MaxInstances
	if limit <= 0 {
		limit = 100_000
	}
	if u.taken+n > limit {
		if !u.limited {
			u.limited = true
			u.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeBicepLimit, Subject: at,
				Summary: "too many resources", Detail: "moat evaluates 100,000 resources and loop iterations per entry file; the rest are not checked"})
		}
		return false
	}
	u.taken += n
	return true
}

var quoted = regexp.MustCompile(`'[^']*'`)

// because counts why an attribute is unknown, with names left out.
func (u *unit) because(reason string) {
	u.reasons[quoted.ReplaceAllString(reason, "'…'")]++
}

// add records an instance's node and the references it makes.
func (u *unit) add(in *instance, refs []attrs.Ref) {
	if u.params != nil {
		in.node.Facts["parameters_file"] = u.params.path
	}
	u.all = append(u.all, in)
	for _, r := range refs {
		u.refs = append(u.refs, pending{from: in, Ref: r})
	}
}
