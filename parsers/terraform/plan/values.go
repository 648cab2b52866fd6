package plan

import (
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// record notes the range of every value inside v, which sits at path in
// res.Attrs, and the range of every object key.
func record(res *tfmodel.Resource, path graph.Path, v *jsonpos.Value) {
	for i, item := range v.Items {
		p := path.Append(i)
		res.Ranges[p.String()] = item.Range
		record(res, p, item)
	}
	for _, f := range v.Fields {
		p := path.Append(f.Key)
		key := p.String()
		res.Ranges[key] = f.Value.Range
		res.Keys[key] = f.KeyRange
		record(res, p, f.Value)
	}
}
