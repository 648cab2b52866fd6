package arm

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/expr"
	"github.com/moatscan/moat/parsers/arm/funcs"
)

// template holds the sections of one template as written.
type template struct {
	file      string
	root      *jsonpos.Value
	scope     funcs.Scope
	symbolic  bool // languageVersion 2.0: resources keyed by symbolic name
	params    *jsonpos.Value
	vars      *jsonpos.Value
	functions map[string]*expr.Function // lower "namespace.member"
	resources []*decl                   // top level; nested ones hang from their parent
	outputs   *jsonpos.Value
}

// decl is one resource declaration: a member of resources, or of a
// parent's nested resources.
type decl struct {
	symbol   string // languageVersion 2.0 symbolic name
	v        *jsonpos.Value
	parent   *decl
	children []*decl // nested resources
}

// readTemplate reads the sections of a template object. Structure ARM
// would reject is reported and left out.
func (p *parser) readTemplate(file string, root *jsonpos.Value) (*template, graph.Diagnostics) {
	var ds graph.Diagnostics
	t := &template{file: file, root: root, functions: map[string]*expr.Function{}}
	if root == nil || root.Kind != jsonpos.Object {
		r := graph.Range{Filename: file}
		if root != nil {
			r = root.Range
		}
		return nil, ds.Errorf(graph.CodeARMTemplate, r, "a template must be a JSON object", "an ARM template is an object with $schema, contentVersion, parameters, variables, resources and outputs")
	}
	t.scope = scopeOf(str(root.Lookup("$schema")))
	if lv := root.Lookup("languageVersion"); lv != nil && lv.Kind == jsonpos.String && !strings.HasPrefix(lv.Str, "1.") {
		t.symbolic = true
	}
	t.params = objectOrNil(root.Lookup("parameters"))
	t.vars = objectOrNil(root.Lookup("variables"))
	t.outputs = objectOrNil(root.Lookup("outputs"))
	ds = append(ds, t.readFunctions(p, root.Lookup("functions"))...)
	ds = append(ds, t.readResources(root.Lookup("resources"))...)
	return t, ds
}

// scopeOf reads the deployment scope from a template's $schema.
func scopeOf(schema string) funcs.Scope {
	s := strings.ToLower(schema)
	switch {
	case strings.Contains(s, "subscriptiondeploymenttemplate"):
		return funcs.Subscription
	case strings.Contains(s, "managementgroupdeploymenttemplate"):
		return funcs.ManagementGroup
	case strings.Contains(s, "tenantdeploymenttemplate"):
		return funcs.Tenant
	}
	return funcs.ResourceGroup
}

// readResources lists the declarations: an array (languageVersion 1.0) or
// an object keyed by symbolic name (2.0), with nested child resources.
func (t *template) readResources(v *jsonpos.Value) graph.Diagnostics {
	var ds graph.Diagnostics
	if v == nil {
		return nil
	}
	switch v.Kind {
	case jsonpos.Array:
		for _, item := range v.Items {
			ds = append(ds, t.addDecl(&decl{v: item})...)
		}
	case jsonpos.Object:
		for _, m := range v.Fields {
			ds = append(ds, t.addDecl(&decl{symbol: m.Key, v: m.Value})...)
		}
	default:
		ds = ds.Errorf(graph.CodeARMTemplate, v.Range, "resources must be an array or, with languageVersion 2.0, an object", "")
	}
	return ds
}

func (t *template) addDecl(d *decl) graph.Diagnostics {
	var ds graph.Diagnostics
	if d.v.Kind != jsonpos.Object {
		return ds.Errorf(graph.CodeARMTemplate, d.v.Range, "a resource must be an object", "each resource is an object with type, apiVersion and name")
	}
	if d.v.Lookup("type") == nil {
		return ds.Errorf(graph.CodeARMTemplate, d.v.Range, "resource without type", "ARM rejects a resource without type; it is not checked")
	}
	if d.parent == nil {
		t.resources = append(t.resources, d)
	} else {
		d.parent.children = append(d.parent.children, d)
	}
	if kids := d.v.Lookup("resources"); kids != nil {
		if kids.Kind != jsonpos.Array {
			return ds.Errorf(graph.CodeARMTemplate, kids.Range, "nested resources must be an array", "")
		}
		for _, k := range kids.Items {
			ds = append(ds, t.addDecl(&decl{v: k, parent: d})...)
		}
	}
	return ds
}

// readFunctions reads user-defined functions: [{namespace, members: {name:
// {parameters: [{name, type}], output: {type, value}}}}].
func (t *template) readFunctions(p *parser, v *jsonpos.Value) graph.Diagnostics {
	var ds graph.Diagnostics
	if v == nil || v.Kind != jsonpos.Array {
		return nil
	}
	for _, ns := range v.Items {
		name := str(ns.Lookup("namespace"))
		members := ns.Lookup("members")
		if members == nil || members.Kind != jsonpos.Object {
			continue
		}
		for _, m := range members.Fields {
			f := &expr.Function{}
			if ps := get(m.Value, "parameters"); ps != nil {
				for _, param := range ps.Items {
					f.Params = append(f.Params, str(param.Lookup("name")))
				}
			}
			body := get(m.Value, "output", "value")
			if body == nil {
				ds = ds.Errorf(graph.CodeARMTemplate, m.KeyRange, "function "+name+"."+m.Key+" has no output value", "a user-defined function returns output.value")
				continue
			}
			e, err := expr.Parse("[" + exprText(body) + "]")
			if err != nil {
				continue // reported with the file's other expressions
			}
			f.Body = e
			t.functions[strings.ToLower(name+"."+m.Key)] = f
		}
	}
	return ds
}

// str returns a JSON string's value, or "".
func str(v *jsonpos.Value) string {
	if v == nil || v.Kind != jsonpos.String {
		return ""
	}
	return v.Str
}

func objectOrNil(v *jsonpos.Value) *jsonpos.Value {
	if v == nil || v.Kind != jsonpos.Object {
		return nil
	}
	return v
}

// get follows object keys from v; nil when one is missing or v is not an
// object.
func get(v *jsonpos.Value, keys ...string) *jsonpos.Value {
	for _, k := range keys {
		if v == nil || v.Kind != jsonpos.Object {
			return nil
		}
		v = v.Lookup(k)
	}
	return v
}

// exprText writes a JSON value of the template as an expression that
// builds it: a function's output.value may be an object or array whose
// members hold expressions.
func exprText(v *jsonpos.Value) string {
	switch v.Kind {
	case jsonpos.String:
		if expr.IsExpression(v.Str) {
			return v.Str[1 : len(v.Str)-1]
		}
		return "'" + strings.ReplaceAll(expr.Literal(v.Str), "'", "''") + "'"
	case jsonpos.Number:
		return v.Num
	case jsonpos.Bool:
		if v.Bool {
			return "true()"
		}
		return "false()"
	case jsonpos.Array:
		parts := make([]string, len(v.Items))
		for i, item := range v.Items {
			parts[i] = exprText(item)
		}
		return "createArray(" + strings.Join(parts, ", ") + ")"
	case jsonpos.Object:
		parts := make([]string, 0, 2*len(v.Fields))
		for _, f := range v.Fields {
			parts = append(parts, "'"+strings.ReplaceAll(f.Key, "'", "''")+"'", exprText(f.Value))
		}
		return "createObject(" + strings.Join(parts, ", ") + ")"
	}
	return "null()"
}
