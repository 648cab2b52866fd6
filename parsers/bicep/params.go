package bicep

import (
	"strings"

	"github.com/moatscan/moat/parsers/arm"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// args reads the unit's parameter values: the param lines of a
// .bicepparam file, evaluated, or the values of an ARM parameters file
// (a Key Vault reference is unknown). Parameters the entry file does not
// declare are reported.
func (u *unit) args() map[string]any {
	args := map[string]any{}
	if u.params == nil {
		return args
	}
	declared := map[string]bool{}
	for _, p := range u.root.decls.params {
		declared[p.Name.Name] = true
	}
	check := func(name string, at graph.Range) bool {
		if declared[name] {
			return true
		}
		if len(u.p.opts.Parameters) == 0 {
			u.report(paramsDiag(at, "parameter "+name+" is not declared by "+u.root.path, "the deployment would fail; remove it or declare it"))
		}
		return false
	}
	if u.params.format == discover.BicepParams {
		pd := newDeployment(u, u.params, funcs.NewEnv(u.root.decls.scope), nil)
		for _, p := range u.params.decls.params {
			if check(p.Name.Name, u.params.syn.Range(p.Name.Span)) {
				args[p.Name.Name] = pd.param(p)
			}
		}
		return args
	}
	root, ds := jsonpos.Parse(u.params.path, u.params.data, arm.JSONOptions)
	for _, d := range ds {
		u.report(d)
	}
	if root == nil {
		return args
	}
	ps := root.Lookup("parameters")
	if ps == nil || ps.Kind != jsonpos.Object {
		return args
	}
	for _, m := range ps.Fields {
		if !check(m.Key, m.KeyRange) {
			continue
		}
		name := m.Key
		for k := range declared { // ARM matches parameter names case-insensitively
			if strings.EqualFold(k, m.Key) {
				name = k
			}
		}
		v := m.Value.Lookup("value")
		if v == nil {
			args[name] = value.Unknownf("parameter '%s' is a Key Vault reference, known at deployment", m.Key)
			continue
		}
		x, err := funcs.FromJSON(string(u.params.data[v.Range.Start.Byte:v.Range.End.Byte]))
		if err != nil {
			x = value.Unknownf("parameter '%s' cannot be read: %v", m.Key, err)
		}
		args[name] = x
	}
	return args
}

// origin is where a parameters file begins to apply: its using line, or
// its start.
func (f *file) origin() graph.Range {
	if f.syn != nil {
		for _, st := range f.syn.Stmts {
			if s, ok := st.(*syntax.Using); ok {
				return f.syn.Range(s.Span)
			}
		}
		return f.syn.Range(syntax.Span{})
	}
	return graph.Range{Filename: f.path, Start: graph.Pos{Line: 1, Column: 1}, End: graph.Pos{Line: 1, Column: 1}}
}
