package arm

import (
	"slices"
	"strconv"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/value"
)

// deploymentsType is the type of nested deployments.
const deploymentsType = "Microsoft.Resources/deployments"

// instance is one resource a declaration makes: one per copy iteration.
type instance struct {
	d       *decl
	sc      scope
	dep     *deployment
	typ     string   // full type: Microsoft.Network/virtualNetworks/subnets
	names   []string // one name per type level after the namespace; unknown ones as written
	known   bool     // every name is known
	partial []bool   // which name segments are known, when not all are
	scope   any      // the scope of an extension resource, evaluated
	scopeV  *jsonpos.Value
	node    *graph.Node
	cond    string    // the condition as written, when it is unknown
	alias   *instance // for an existing resource, the one the unit declares
}

// evaluate expands every declaration of the template into instances and
// nodes. A nested deployment that reference() reads before its turn is
// evaluated on demand, whatever the order of the declarations.
func (d *deployment) evaluate() []*instance {
	d.checkVariables()
	var all, rest []*instance
	for _, dc := range d.t.resources { // deployments first, so that reference() finds them
		if strings.EqualFold(str(dc.v.Lookup("type")), deploymentsType) {
			all = append(all, d.expand(dc, nil, scope{d: d})...)
		}
	}
	for _, in := range all {
		if in.known {
			d.pending[strings.ToLower(in.names[0])] = in
		}
	}
	for _, dc := range d.t.resources {
		if !strings.EqualFold(str(dc.v.Lookup("type")), deploymentsType) {
			rest = append(rest, d.expand(dc, nil, scope{d: d})...)
		}
	}
	all = append(all, rest...)
	var out []*instance
	for _, in := range all {
		if in.isDeployment() {
			out = append(out, d.nested(in)...)
			continue
		}
		d.build(in)
		out = append(out, in)
	}
	return out
}

func (in *instance) isDeployment() bool { return strings.EqualFold(in.typ, deploymentsType) }

// expand evaluates a declaration's copy loop, condition, type and name,
// then its nested children once per instance.
func (d *deployment) expand(dc *decl, parent *instance, sc scope) []*instance {
	if parent != nil {
		sc = parent.sc
	}
	var scopes []scope
	if c := get(dc.v, "copy"); c != nil && c.Kind == jsonpos.Object {
		name := str(c.Lookup("name"))
		n, known := sc.count(c)
		switch {
		case !known:
			scopes = []scope{sc.with(loop{name: name, unknown: true, resource: true})}
		case d.take(int(n)):
			for i := range n {
				scopes = append(scopes, sc.with(loop{name: name, index: i, resource: true}))
			}
		}
	} else {
		scopes = []scope{sc}
	}
	var out []*instance
	for _, s := range scopes {
		in, ok := d.instance(dc, parent, s)
		if !ok {
			continue
		}
		out = append(out, in)
		for _, kid := range dc.children {
			out = append(out, d.expand(kid, in, s)...)
		}
	}
	return out
}

// instance evaluates one iteration's condition, type and name; false when
// the condition is false.
func (d *deployment) instance(dc *decl, parent *instance, sc scope) (*instance, bool) {
	in := &instance{d: dc, sc: sc, dep: d, known: true}
	if c := get(dc.v, "condition"); c != nil {
		switch v := sc.eval(c).(type) {
		case bool:
			if !v {
				return nil, false
			}
		case *value.Unknown:
			in.cond = textOf(c)
		}
	}
	in.typ = textOf(dc.v.Lookup("type"))
	if t, ok := sc.eval(dc.v.Lookup("type")).(string); ok {
		in.typ = t
	}
	nameV := dc.v.Lookup("name")
	var name string
	switch v := sc.eval(nameV).(type) {
	case string:
		name = v
	case *value.Unknown:
		name, in.known = strings.ReplaceAll(textOf(nameV), "/", "-"), false
		if v.Scope {
			name = v.Text
		} else if segs, known, ok := nameSegments(sc, nameV); ok {
			name, in.partial = strings.Join(segs, "/"), known
		}
	default:
		name, in.known = strings.ReplaceAll(textOf(nameV), "/", "-"), false
	}
	if parent != nil && !strings.Contains(firstSegment(in.typ), ".") {
		in.typ = parent.typ + "/" + in.typ
		if strings.Count(name, "/") < strings.Count(in.typ, "/")-1 {
			name = strings.Join(parent.names, "/") + "/" + name
		}
		in.known = in.known && parent.known
	}
	in.names = strings.Split(name, "/")
	if s := get(dc.v, "scope"); s != nil {
		in.scopeV, in.scope = s, sc.eval(s)
		if in.scope == "/" { // the tenant: where the resource deploys, not a resource it extends
			in.scopeV, in.scope = nil, nil
		}
	}
	in.legacyExtension()
	return in, true
}

// legacyExtension rewrites the old form of an extension resource (type
// Microsoft.ContainerService/managedClusters/providers/extensions, name
// aks/Microsoft.KubernetesConfiguration/ml) into its type and scope.
func (in *instance) legacyExtension() {
	i := strings.Index(strings.ToLower(in.typ), "/providers/")
	if i < 0 {
		return
	}
	scopeType, extType := in.typ[:i], in.typ[i+len("/providers/"):]
	k := strings.Count(scopeType, "/")
	if len(in.names) < k+2 {
		return
	}
	in.scope = resourceID(in.dep.env, scopeType, in.names[:k])
	in.typ = in.names[k] + "/" + extType
	in.names = in.names[k+1:]
	if len(in.partial) > k {
		in.partial = in.partial[k+1:]
		in.known = !slices.Contains(in.partial, false)
	}
}

// parentKnown reports whether the names of a child's parent are known,
// though its own may not be.
func (in *instance) parentKnown() bool {
	if in.known {
		return true
	}
	return len(in.partial) == len(in.names) && len(in.names) > 1 && !slices.Contains(in.partial[:len(in.names)-1], false)
}

// firstSegment returns what precedes the first slash.
func firstSegment(s string) string {
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return s[:i]
	}
	return s
}

// textOf returns a JSON value as written, for names and messages.
func textOf(v *jsonpos.Value) string {
	if v == nil {
		return ""
	}
	if v.Kind == jsonpos.String {
		return v.Str
	}
	return strconv.Quote(v.Range.String())
}

// checkVariables evaluates every variable once, so that what ARM would
// reject in one is reported even when no resource reads it.
func (d *deployment) checkVariables() {
	if d.outer != nil || d.t.vars == nil {
		return
	}
	for _, f := range d.t.vars.Fields {
		if isPropertyCopy(f) {
			for _, c := range f.Value.Items {
				_, _ = d.variable(str(c.Lookup("name")))
			}
			continue
		}
		_, _ = d.variable(f.Key)
	}
}
