package bicep

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// decls indexes the declarations of one file by symbol name. It is built
// once per file and read by every evaluation of it.
type decls struct {
	scope     funcs.Scope
	params    []*syntax.Param
	vars      []*syntax.Var
	symbols   map[string]symbol
	resources []*resDecl // every resource declaration, nested ones after their parent
	modules   []*syntax.Module
	outputs   []*syntax.Output
	diags     graph.Diagnostics
}

// symbol is what a name declares.
type symbol struct {
	param  *syntax.Param
	v      *syntax.Var
	fn     *syntax.Func
	res    *resDecl
	mod    *syntax.Module
	imp    *syntax.Import       // an imported name, or the namespace of a wildcard import
	impSym *syntax.ImportSymbol // the name imported; nil for a wildcard
	typ    bool                 // a type declaration: no value
}

// resDecl is a resource declaration with its full type and API version;
// a nested one has its parent.
type resDecl struct {
	s        *syntax.Resource
	parent   *resDecl
	typ      string
	api      string
	children map[string]*resDecl
}

func (r *resDecl) name() string { return r.s.Name.Name }

// declare indexes f's statements. Names declared twice are reported; the
// first declaration wins.
func declare(f *syntax.File) *decls {
	ds := &decls{symbols: map[string]symbol{}}
	add := func(id *syntax.Ident, s symbol) {
		if id == nil || id.Name == "" {
			return
		}
		if _, dup := ds.symbols[id.Name]; dup {
			ds.diags = append(ds.diags, graph.Diagnostic{Severity: graph.Error, Code: graph.CodeBicepTemplate, Subject: f.Range(id.Span),
				Summary: "the name '" + id.Name + "' is declared more than once", Detail: "every parameter, variable, resource, module, function, type and import needs its own name"})
			return
		}
		ds.symbols[id.Name] = s
	}
	for _, st := range f.Stmts {
		if unnamed(st) {
			continue // the parser reported it
		}
		switch s := st.(type) {
		case *syntax.TargetScope:
			ds.scope = targetScope(f, s, &ds.diags)
		case *syntax.Param:
			ds.params = append(ds.params, s)
			add(s.Name, symbol{param: s})
		case *syntax.Var:
			ds.vars = append(ds.vars, s)
			add(s.Name, symbol{v: s})
		case *syntax.Func:
			add(s.Name, symbol{fn: s})
		case *syntax.TypeDecl:
			add(s.Name, symbol{typ: true})
		case *syntax.Resource:
			r := ds.resource(f, s, nil)
			add(s.Name, symbol{res: r})
		case *syntax.Module:
			ds.modules = append(ds.modules, s)
			add(s.Name, symbol{mod: s})
		case *syntax.Output:
			ds.outputs = append(ds.outputs, s)
		case *syntax.Import:
			if s.Alias != nil {
				add(s.Alias, symbol{imp: s})
			}
			for _, is := range s.Symbols {
				name := is.Name
				if is.Alias != nil {
					name = is.Alias
				}
				add(name, symbol{imp: s, impSym: is})
			}
		case *syntax.Extension:
			if s.Alias != nil {
				add(s.Alias, symbol{typ: true})
			}
		}
	}
	return ds
}

// resource indexes a resource declaration and the child resources its
// body declares.
func (ds *decls) resource(f *syntax.File, s *syntax.Resource, parent *resDecl) *resDecl {
	r := &resDecl{s: s, parent: parent, children: map[string]*resDecl{}}
	spec := ""
	if s.Type != nil {
		spec, _ = s.Type.Literal()
	}
	r.typ, r.api, _ = strings.Cut(spec, "@")
	if parent != nil && !isFullType(r.typ) {
		r.typ = parent.typ + "/" + r.typ
		if r.api == "" {
			r.api = parent.api
		}
	}
	ds.resources = append(ds.resources, r)
	if body := bodyObject(s.Body); body != nil {
		for _, c := range body.Resources {
			if c == nil || c.Name == nil {
				continue
			}
			child := ds.resource(f, c, r)
			if c.Name != nil {
				r.children[c.Name.Name] = child
			}
		}
	}
	return r
}

// isFullType reports whether a nested resource's type is written in full
// (Microsoft.Network/virtualNetworks/subnets) rather than relative to its
// parent (subnets).
func isFullType(t string) bool {
	ns, _, ok := strings.Cut(t, "/")
	return ok && strings.Contains(ns, ".")
}

// bodyObject returns the object of a resource or module body: the object
// itself, or the one inside a condition or loop.
func bodyObject(e syntax.Expr) *syntax.Object {
	for {
		switch x := e.(type) {
		case *syntax.Object:
			return x
		case *syntax.If:
			e = x.Body
		case *syntax.For:
			e = x.Body
		default:
			return nil
		}
	}
}

// targetScope reads targetScope = '...'.
func targetScope(f *syntax.File, s *syntax.TargetScope, diags *graph.Diagnostics) funcs.Scope {
	str, _ := s.Value.(*syntax.String)
	v := ""
	if str != nil {
		v, _ = str.Literal()
	}
	switch v {
	case "resourceGroup", "local", "desiredStateConfiguration":
		return funcs.ResourceGroup
	case "subscription":
		return funcs.Subscription
	case "managementGroup":
		return funcs.ManagementGroup
	case "tenant":
		return funcs.Tenant
	}
	*diags = append(*diags, graph.Diagnostic{Severity: graph.Error, Code: graph.CodeBicepTemplate, Subject: f.Range(s.Value.Bounds()),
		Summary: "targetScope must be 'resourceGroup', 'subscription', 'managementGroup' or 'tenant'", Detail: "the file is evaluated as a resource group deployment"})
	return funcs.ResourceGroup
}

// unnamed reports a declaration that lacks its name or, for resources and
// modules, its type or path: it did not parse.
func unnamed(st syntax.Stmt) bool {
	switch s := st.(type) {
	case *syntax.Param:
		return s.Name == nil
	case *syntax.Var:
		return s.Name == nil
	case *syntax.Func:
		return s.Name == nil
	case *syntax.TypeDecl:
		return s.Name == nil
	case *syntax.Resource:
		return s.Name == nil || s.Type == nil
	case *syntax.Module:
		return s.Name == nil || s.Path == nil
	case *syntax.Output:
		return s.Name == nil
	case *syntax.TargetScope:
		return s.Value == nil
	case *syntax.Import:
		for _, is := range s.Symbols {
			if is == nil || is.Name == nil {
				return true
			}
		}
	}
	return false
}
