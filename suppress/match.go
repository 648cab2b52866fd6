package suppress

import (
	"strings"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// matches reports whether the directive governs the finding's place.
func (d *Directive) matches(f finding.Finding, g *graph.Graph) bool {
	switch {
	case d.entry != nil:
		return d.entryMatches(f, g)
	case d.nodes != nil:
		return d.nodes[f.Location.Node] || f.AppliesTo != "" && d.nodes[f.AppliesTo]
	}
	return d.lineMatches(f, g)
}

// lineMatches: the comment's line is the line the finding points at, the
// first line of its resource (or of the module call that made it), or
// the first line of an attribute or block that holds the finding.
func (d *Directive) lineMatches(f finding.Finding, g *graph.Graph) bool {
	if d.at(f.Location.Range) {
		return true
	}
	for i, id := range []string{f.Location.Node, f.AppliesTo} {
		n := g.Node(id)
		if id == "" || n == nil {
			continue
		}
		if d.at(n.Range) {
			return true
		}
		for _, o := range n.Origin {
			if d.at(o) {
				return true
			}
		}
		if i == 0 && d.holdsAttr(n, f.Location) {
			return true
		}
	}
	return false
}

// at reports whether r starts on the directive's line.
func (d *Directive) at(r graph.Range) bool {
	return r.Filename == d.File && r.Start.Line == d.Line
}

// holdsAttr reports whether an attribute of n whose key or value starts
// on the directive's line holds the finding's attribute or range.
func (d *Directive) holdsAttr(n *graph.Node, loc finding.Location) bool {
	attr := loc.Attr.String()
	check := func(p string, value graph.Range) bool {
		return within(attr, p) || value.Filename == loc.Range.Filename && inside(loc.Range, value)
	}
	for p, r := range n.Keys {
		if d.at(r) && check(p, n.Ranges[p]) {
			return true
		}
	}
	for p, r := range n.Ranges {
		if d.at(r) && check(p, r) {
			return true
		}
	}
	return false
}

// within reports whether attribute path a is p or below it.
func within(a, p string) bool {
	if a == "" || p == "" {
		return a == p && a != ""
	}
	return a == p || strings.HasPrefix(a, p) && (a[len(p)] == '.' || a[len(p)] == '[')
}

// inside reports whether r lies in outer.
func inside(r, outer graph.Range) bool {
	return !outer.IsZero() && r.Start.Byte >= outer.Start.Byte && r.End.Byte <= outer.End.Byte
}

// entryMatches applies a .moat.yaml entry: its files (any file when it
// names none) and its resource pattern (any resource when it has none).
func (d *Directive) entryMatches(f finding.Finding, g *graph.Graph) bool {
	e := d.entry
	if e.Files != nil && !e.Files(f.Location.Range.Filename) {
		return false
	}
	if e.Resource == nil {
		return true
	}
	for _, id := range []string{f.Location.Node, f.AppliesTo} {
		if id == "" {
			continue
		}
		name := ""
		if n := g.Node(id); n != nil {
			name = n.Name
		}
		if e.Resource(id, name) {
			return true
		}
	}
	return false
}
