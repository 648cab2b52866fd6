package arm

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// name writes the resource's own name (the last segment) at "name".
func (b *builder) name(in *instance) {
	v := in.d.v.Lookup("name")
	if v == nil {
		return
	}
	b.Node.SetRange(graph.P("name"), v.Range)
	if !in.known {
		b.Unknown(graph.P("name"))
		return
	}
	b.Node.Attrs["name"] = in.names[len(in.names)-1]
}

// parent writes a child resource's parent ID at "parent", located at its
// name, and refers to the parent.
func (b *builder) parent(in *instance) {
	segs := strings.Split(in.typ, "/")
	if len(segs) < 3 || len(in.names) != len(segs)-1 {
		return
	}
	p := graph.P("parent")
	if v := in.d.v.Lookup("name"); v != nil {
		b.Node.SetRange(p, v.Range)
	}
	if !in.parentKnown() {
		b.Unknown(p)
		return
	}
	id := resourceID(in.dep.env, strings.Join(segs[:len(segs)-1], "/"), in.names[:len(in.names)-1])
	if in.scope != nil {
		id = scopeID(in) + "/providers/" + graph.ResourcePath(strings.Join(segs[:len(segs)-1], "/"), in.names[:len(in.names)-1])
	}
	b.Node.Attrs["parent"] = id
	b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: id, Path: graph.P("id"), Kind: attrs.KindReference})
}

// scope writes an extension resource's scope as a resource ID at "scope".
func (b *builder) scope(in *instance) {
	if in.scope == nil {
		return
	}
	p := graph.P("scope")
	if in.scopeV != nil {
		b.Node.SetRange(p, in.scopeV.Range)
	} else if v := in.d.v.Lookup("name"); v != nil {
		b.Node.SetRange(p, v.Range)
	}
	switch x := in.scope.(type) {
	case string:
		if !strings.Contains(x, "/") { // a symbolic name (languageVersion 2.0)
			b.Unknown(p)
			b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: x, Path: graph.P("id"), Kind: attrs.KindReference, Fill: true})
			return
		}
		id := scopeID(in)
		b.Node.Attrs["scope"] = id
		b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: id, Path: graph.P("id"), Kind: attrs.KindReference})
	case *value.Unknown:
		if x.Scope {
			b.Node.Attrs["scope"] = x.Text
			b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: x.Text, Path: graph.P("id"), Kind: attrs.KindReference})
			return
		}
		b.Unknown(p)
		if x.Ref != nil {
			b.Refs = append(b.Refs, attrs.Ref{Attr: p, Target: x.Ref.Target, Path: graph.P("id"), Kind: attrs.KindReference})
		}
	}
}

// facts records where the resource comes from and what the template says
// about it beyond its body.
func (b *builder) facts(in *instance) {
	f := b.Node.Facts
	f["file"] = in.d.v.Range.Filename
	if v := in.d.v.Lookup("apiVersion"); v != nil {
		b.Node.SetRange(graph.P("apiVersion"), v.Range)
		if api, ok := in.sc.eval(v).(string); ok && api != "" { // an expression evaluates to the version
			f["api_version"] = api
		} else {
			b.Unknown(graph.P("apiVersion"))
		}
	}
	if g, ok := in.dep.env.ResourceGroup.(string); ok {
		f["resource_group_name"] = g
	}
	if rg := in.d.v.Lookup("resourceGroup"); rg != nil { // an existing resource in another group
		if g, ok := in.sc.eval(rg).(string); ok {
			f["resource_group_name"] = g
		}
	}
	f["deployment_group"] = attrs.DeploymentGroup(in.dep.env.ResourceGroup, in.dep.run.root.path)
	if in.d.symbol != "" {
		f["symbolic_name"] = in.d.symbol
	}
	if e := in.d.v.Lookup("existing"); e != nil && e.Bool {
		f["data_source"] = true
		b.Unknown(graph.P("properties"))
	}
	if in.cond != "" {
		f["condition"] = in.cond
	}
	if len(in.sc.loops) > 0 {
		l := in.sc.loops[len(in.sc.loops)-1]
		if l.unknown {
			f["instances_unknown"] = true
		}
	}
	if dep := in.d.v.Lookup("dependsOn"); dep != nil {
		for i, item := range dep.Items {
			b.Refs = append(b.Refs, attrs.Ref{Attr: graph.P("dependsOn", i), Target: in.sc.eval(item), Kind: attrs.KindDependsOn})
		}
	}
}

// scopeID renders an extension resource's scope as a resource ID: a
// relative one (Microsoft.ContainerService/managedClusters/aks, as ARM
// writes scopes) is in the deployment's resource group.
func scopeID(in *instance) string {
	var s string
	switch x := in.scope.(type) {
	case string:
		s = x
	case *value.Unknown:
		s = x.Text
	}
	if strings.HasPrefix(s, "/") {
		return strings.TrimSuffix(s, "/")
	}
	return scopePrefix(in.dep.env) + "/providers/" + s
}
