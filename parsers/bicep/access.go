package bicep

import (
	"slices"
	"strconv"
	"strings"

	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// access evaluates x.name and x.?name.
func (ev *evaluator) access(e *syntax.Access) any {
	x := ev.eval(e.X)
	name := e.Name.Name
	switch o := x.(type) {
	case *value.Object:
		if v, ok := o.Get(name); ok {
			return v
		}
		if e.Safe {
			return nil
		}
		return ev.fail(e, "the object has no property '%s'", name)
	case nil:
		if e.Safe {
			return nil
		}
		return ev.fail(e, "cannot read the property '%s' of null", name)
	case *value.Unknown:
		return ev.unknownAccess(e, o, name)
	case *resVal:
		return ev.resourceProperty(e, o.in, name)
	case *modVal:
		return ev.moduleProperty(e, o.mi, name)
	case *nsVal:
		if o.dep != nil {
			if s, ok := o.dep.f.decls.symbols[name]; ok {
				return (&evaluator{d: o.dep}).symbol(e.Name, s)
			}
		}
		return ev.fail(e, "the namespace has no member '%s'", name)
	}
	return ev.fail(e, "cannot read the property '%s' of %s", name, value.TypeName(x))
}

// resourceProperty reads a property of a resource: its ID, name, type and
// API version are known; the rest is what the deployed resource reports,
// an unknown that records what it reads.
func (ev *evaluator) resourceProperty(e *syntax.Access, in *instance, name string) any {
	switch name {
	case "id":
		return in.id
	case "name":
		return in.nameV
	case "type":
		return in.r.d.typ
	case "apiVersion":
		return in.r.d.api
	}
	ref := &value.Ref{Target: in.id, Full: name != "properties"}
	if ref.Full {
		ref.Path = []string{name}
	}
	return &value.Unknown{Reason: "what a deployed resource reports is known only at deployment", Text: ev.text(e), Ref: ref}
}

// unknownAccess reads name from an unknown: the result has the same
// reason and, when it reads a resource, the access appended to the
// path it reads.
func (ev *evaluator) unknownAccess(n syntax.Node, u *value.Unknown, name string) any {
	r := &value.Unknown{Reason: u.Reason, Text: ev.text(n)}
	if u.Ref != nil {
		ref := *u.Ref
		if !ref.Derived {
			ref.Path = append(slices.Clip(u.Ref.Path), name)
		}
		r.Ref = &ref
	}
	return r
}

// index evaluates x[i], x[?i], x[^i].
func (ev *evaluator) index(e *syntax.Index) any {
	x, k := ev.eval(e.X), ev.eval(e.Index)
	if u, ok := k.(*value.Unknown); ok {
		if xu, ok := x.(*value.Unknown); ok {
			u = xu
		}
		return ev.unknown(e, u)
	}
	switch xv := x.(type) {
	case []any:
		i, ok := ev.position(e, k, len(xv))
		if !ok {
			return ev.missing(e, "the index %v is out of range for an array of length %d", k, len(xv))
		}
		return xv[i]
	case *value.Object:
		s, ok := k.(string)
		if !ok {
			return ev.fail(e.Index, "an object key must be a string, got %s", value.TypeName(k))
		}
		if v, ok := xv.Get(s); ok {
			return v
		}
		return ev.missing(e, "the object has no property '%s'", s)
	case *resList:
		vals := xv.r.values()
		if xv.r.unknownCount {
			return &value.Unknown{Reason: "the number of resources of a loop is known only at deployment", Text: ev.text(e)}
		}
		i, ok := ev.position(e, k, len(vals))
		if !ok {
			return ev.missing(e, "the index %v is out of range for %d resources", k, len(vals))
		}
		return vals[i]
	case *modList:
		vals := xv.m.values()
		i, ok := ev.position(e, k, len(vals))
		if !ok {
			return ev.missing(e, "the index %v is out of range for %d modules", k, len(vals))
		}
		return vals[i]
	case *value.Unknown:
		switch kv := k.(type) {
		case int64:
			return ev.unknownAccess(e, xv, strconv.FormatInt(kv, 10))
		case string:
			return ev.unknownAccess(e, xv, kv)
		}
	case nil:
		if e.Safe {
			return nil
		}
	}
	return ev.fail(e, "cannot index %s with %s", value.TypeName(x), value.TypeName(k))
}

// position resolves an index into a collection of n items.
func (ev *evaluator) position(e *syntax.Index, k any, n int) (int, bool) {
	i, ok := k.(int64)
	if !ok {
		return 0, false
	}
	if e.FromEnd {
		i = int64(n) - i
	}
	return int(i), i >= 0 && i < int64(n)
}

// missing is a failed index: null with [?…], else an error.
func (ev *evaluator) missing(e *syntax.Index, format string, args ...any) any {
	if e.Safe {
		return nil
	}
	return ev.fail(e, format, args...)
}

// child evaluates parent::child.
func (ev *evaluator) child(e *syntax.Child) any {
	switch x := ev.eval(e.X).(type) {
	case *resVal:
		if c, ok := x.in.r.d.children[e.Name.Name]; ok {
			return x.in.r.dep.resource(c).value()
		}
		return ev.fail(e.Name, "resource '%s' declares no child resource '%s'", x.in.r.d.name(), e.Name.Name)
	case *value.Unknown:
		return x
	}
	return ev.fail(e, "'::' reads a child resource of a resource")
}

// imported evaluates a name imported from another file.
func (ev *evaluator) imported(id *syntax.Ident, s symbol) any {
	dep := ev.d.importFile(s.imp)
	if dep == nil {
		return &value.Unknown{Reason: "the imported file cannot be read", Text: id.Name}
	}
	if s.impSym == nil {
		return &nsVal{dep: dep}
	}
	t, ok := dep.f.decls.symbols[s.impSym.Name.Name]
	if !ok {
		return ev.fail(id, "'%s' does not declare '%s'", dep.f.path, s.impSym.Name.Name)
	}
	return (&evaluator{d: dep}).symbol(s.impSym.Name, t)
}

// importedFunc finds an imported function.
func (ev *evaluator) importedFunc(c *syntax.Call, s symbol) (*deployment, *syntax.Func) {
	dep := ev.d.importFile(s.imp)
	if dep == nil {
		return nil, nil
	}
	if t, ok := dep.f.decls.symbols[s.impSym.Name.Name]; ok && t.fn != nil {
		return dep, t.fn
	}
	return nil, nil
}

// importFile returns the evaluation of a file imported from: its
// variables and functions, never its resources.
func (d *deployment) importFile(imp *syntax.Import) *deployment {
	rel := ""
	if imp.From != nil {
		rel, _ = imp.From.Literal()
	}
	p := d.u.p.resolve(d.f.path, rel)
	if dep, ok := d.imports[p]; ok {
		return dep
	}
	f := d.u.p.files[p]
	if f == nil || f.decls == nil || strings.HasPrefix(rel, "br:") || strings.HasPrefix(rel, "br/") {
		d.imports[p] = nil
		d.report(moduleDiag(d.rangeOf(imp), "the file '"+rel+"' imported from is not in the scan", "the imported values are unknown"))
		return nil
	}
	dep := newDeployment(d.u, f, d.env, nil)
	d.imports[p] = dep
	return dep
}
