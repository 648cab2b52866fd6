package bicep

import (
	"github.com/moatscan/moat/discover"
)

// result gathers the units' nodes, edges and diagnostics, and says what
// became of each file.
func (p *parser) result(order []*file, units []*unit) Result {
	res := Result{Unknowns: map[string]int{}}
	used := map[string]bool{}
	for _, f := range order {
		if f.syn != nil {
			res.Diags = append(res.Diags, f.syn.Diags...)
		}
		if f.decls != nil {
			res.Diags = append(res.Diags, f.decls.diags...)
		}
	}
	seen := map[string]bool{}
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
		for why, n := range u.reasons {
			res.Unknowns[why] += n
		}
	}
	res.Diags.Sort()
	for _, f := range order {
		if f.format == discover.ARMParams {
			if used[f.path] {
				res.ParamsUsed = append(res.ParamsUsed, f.path)
			}
			continue
		}
		st := File{Path: f.path, Format: string(f.format), Status: "parsed"}
		switch {
		case f.syn.Diags.HasErrors():
			st.Status, st.Reason = "failed", f.syn.Diags.FirstError()+" (the rest of the file is read)"
		case f.format == discover.BicepParams && !used[f.path]:
			st.Status, st.Reason = "skipped", "the file its using line names is not in the scan"
		}
		res.Files = append(res.Files, st)
	}
	return res
}
