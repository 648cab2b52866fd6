package bicep

import (
	"fmt"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// facts records where the resource comes from and what the file says
// about it beyond its body.
func (b *builder) facts(in *instance) {
	f := b.Node.Facts
	f["file"] = in.r.dep.f.path
	f["symbolic_name"] = in.r.d.name()
	if in.r.d.api != "" {
		f["api_version"] = in.r.d.api
		if t := in.r.d.s.Type; t != nil { // where the apiVersion is written: the type string
			b.Node.SetRange(graph.P("apiVersion"), b.ev.d.rangeOf(t))
		}
	}
	if g, ok := in.env.ResourceGroup.(string); ok {
		f["resource_group_name"] = g
	}
	f["deployment_group"] = attrs.DeploymentGroup(in.r.dep.env.ResourceGroup, in.r.dep.u.root.path)
	if in.r.d.s.Existing {
		f["data_source"] = true
		b.Unknown(graph.P("properties"))
	}
	if in.cond != "" {
		f["condition"] = in.cond
	}
	if in.r.unknownCount {
		f["instances_unknown"] = true
	}
	if p := prop(in.body, "dependsOn"); p != nil {
		b.dependsOn(p.Value)
	}
}

// dependsOn records the explicit dependencies.
func (b *builder) dependsOn(x syntax.Expr) {
	a, ok := x.(*syntax.Array)
	if !ok {
		return
	}
	for i, item := range a.Items {
		var ids []any
		switch v := b.ev.eval(item).(type) {
		case *resVal:
			ids = append(ids, v.in.id)
		case *resList:
			for _, in := range v.r.insts {
				ids = append(ids, in.id)
			}
		case *modVal:
			ids = append(ids, v.mi.id)
		case *modList:
			for _, mi := range v.m.insts {
				ids = append(ids, mi.id)
			}
		}
		for _, id := range ids {
			if u, ok := id.(*value.Unknown); ok && u.Scope {
				id = u.Text
			}
			b.Refs = append(b.Refs, attrs.Ref{Attr: graph.P("dependsOn", i), Target: id, Kind: attrs.KindDependsOn})
		}
	}
}

// uniqueID makes node IDs unique within the unit: instances of a loop
// whose names are unknown get their ordinal.
func (u *unit) uniqueID(id string) string {
	if u.ids == nil {
		u.ids = map[string]int{}
	}
	u.ids[id]++
	if n := u.ids[id]; n > 1 {
		return fmt.Sprintf("%s[%d]", id, n-1)
	}
	return id
}
