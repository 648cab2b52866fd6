package arm

import (
	"github.com/moatscan/moat/discover"
)

// result gathers the units' nodes, edges and diagnostics, and says what
// became of each file.
func (p *parser) result(order []*file, units []*unit) Result {
	res := Result{Unsupported: map[string]int{}, Unknowns: map[string]int{}}
	used := map[string]bool{}
	seen := map[string]bool{}
	for _, f := range order {
		res.Diags = append(res.Diags, f.diags...)
		if _, tds, ok := p.template(f.path); ok || len(tds) > 0 {
			res.Diags = append(res.Diags, tds...)
		}
	}
	for _, u := range units {
		if u.params != nil {
			used[u.params.path] = true
		}
		for _, in := range u.all {
			if in.alias == nil {
				res.Nodes = append(res.Nodes, in.node)
			}
		}
		res.Edges = append(res.Edges, u.edges...)
		for _, d := range u.diags {
			if k := d.Error(); !seen[k] {
				seen[k] = true
				res.Diags = append(res.Diags, d)
			}
		}
		for name, n := range u.calls {
			res.Unsupported[name] += n
		}
		for why, n := range u.reasons {
			res.Unknowns[why] += n
		}
	}
	res.Diags.Sort()
	for _, f := range order {
		st := File{Path: f.path, Format: string(f.format), Status: "parsed"}
		switch {
		case f.diags.HasErrors():
			st.Status, st.Reason = "failed", f.diags.FirstError()
		case f.format == discover.ARMParams && !used[f.path]:
			st.Status, st.Reason = "skipped", "no template beside it has its name (x.json for x.parameters.json); pass it with --parameters"
		}
		res.Files = append(res.Files, st)
	}
	return res
}
