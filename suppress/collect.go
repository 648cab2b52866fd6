package suppress

import (
	"bytes"
	"sort"
	"strings"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/parallel"
)

// Collect gathers every suppression of a scan: the comments of the
// scanned files (read with read, by report name), the metadata entries of
// ARM resources in g, and the entries of .moat.yaml. Malformed ones are
// diagnostics and are left out. Only files that hold the marker are
// lexed, so a scan without suppressions pays one search per file.
func Collect(files []finding.File, read func(string) ([]byte, error), g *graph.Graph, entries []Entry) ([]*Directive, graph.Diagnostics) {
	perFile := make([][]*Directive, len(files))
	diags := make([]graph.Diagnostics, len(files))
	parallel.Do(len(files), func(i int) {
		if files[i].Status == finding.Skipped {
			return
		}
		perFile[i], diags[i] = fromFile(files[i], read)
	})
	var out []*Directive
	var ds graph.Diagnostics
	for i := range files {
		out = append(out, perFile[i]...)
		ds = append(ds, diags[i]...)
	}
	arm, armDiags := fromNodes(g)
	out = append(out, arm...)
	ds = append(ds, armDiags...)
	for i := range entries {
		out = append(out, fromEntry(&entries[i]))
	}
	return out, ds
}

// fromFile reads the suppression comments of one file.
func fromFile(f finding.File, read func(string) ([]byte, error)) ([]*Directive, graph.Diagnostics) {
	data, err := read(f.Path)
	if err != nil {
		return nil, nil //nolint:nilerr // the parser has reported a file it could not read
	}
	if !bytes.Contains(data, []byte(Marker)) {
		return nil, nil
	}
	s := newSource(f.Path, data)
	cs, skip := comments(f.Format, s)
	only := s.commentLines(cs)
	var out []*Directive
	var ds graph.Diagnostics
	for _, c := range cs {
		d, ok, err := parseComment(string(data[c.start:c.end]))
		if !ok {
			continue
		}
		where := s.rng(c.start, c.end)
		if err != nil {
			ds = invalid(ds, where, err.Error())
			continue
		}
		d.Kind, d.Where, d.File, d.Line = finding.InSource, where, f.Path, s.target(c, only, skip)
		out = append(out, &d)
	}
	return out, ds
}

// fromNodes reads the "moat:ignore" metadata of ARM resources. Instances
// of one copy loop share the entry, so an entry is one directive that
// governs all of them.
func fromNodes(g *graph.Graph) ([]*Directive, graph.Diagnostics) {
	byRange := map[graph.Range]*Directive{}
	var order []graph.Range
	var ds graph.Diagnostics
	for _, n := range g.Nodes() {
		for _, nd := range n.Directives {
			if d, ok := byRange[nd.Range]; ok {
				d.nodes[n.ID] = true
				continue
			}
			d, err := parse(nd.Text)
			if nd.Text == "" {
				ds = invalid(ds, nd.Range, `metadata "moat:ignore" must be a string such as "AZR-ISO-004 -- why", or an array of them`)
				byRange[nd.Range] = &Directive{nodes: map[string]bool{}}
				continue
			}
			if err != nil {
				ds = invalid(ds, nd.Range, err.Error())
				byRange[nd.Range] = &Directive{nodes: map[string]bool{}}
				continue
			}
			d.Kind, d.Where, d.nodes = finding.InSource, nd.Range, map[string]bool{n.ID: true}
			byRange[nd.Range] = &d
			order = append(order, nd.Range)
		}
	}
	sort.Slice(order, func(i, j int) bool { return order[i].Less(order[j]) })
	out := make([]*Directive, len(order))
	for i, r := range order {
		out[i] = byRange[r]
	}
	return out, ds
}

// fromEntry turns a .moat.yaml entry into a directive. The configuration
// has checked it.
func fromEntry(e *Entry) *Directive {
	return &Directive{Rules: e.Rules, Reason: strings.Join(strings.Fields(e.Reason), " "), Expires: e.Expires, Until: e.Until,
		Kind: finding.External, Where: e.Where, entry: e}
}

func invalid(ds graph.Diagnostics, where graph.Range, detail string) graph.Diagnostics {
	return ds.Errorf(graph.CodeSuppression, where, "invalid suppression", "%s", detail)
}
