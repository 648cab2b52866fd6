package bicep

import (
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// deploymentsType is the type of the nested deployment a module becomes.
const deploymentsType = "Microsoft.Resources/deployments"

// module is a module declaration evaluated in one deployment: its
// instances, one per loop iteration.
type module struct {
	s     *syntax.Module
	dep   *deployment
	insts []*modInst
	loop  bool
}

// modInst is one module call: a nested deployment of the module's file
// with the parameters given.
type modInst struct {
	m       *module
	ev      *evaluator
	body    *syntax.Object
	dropped bool
	name    any // the deployment's name
	key     string
	env     *funcs.Env
	id      any
	child   *deployment
	made    bool // child prepared (it may still be nil)
	ran     bool
}

// module evaluates a module declaration's instances once.
func (d *deployment) module(s *syntax.Module) *module {
	if m, ok := d.mods[s]; ok {
		return m
	}
	m := &module{s: s, dep: d}
	d.mods[s] = m
	ev := &evaluator{d: d}
	f, ok := s.Body.(*syntax.For)
	if !ok || incomplete(f) {
		m.instance(ev, s.Body, "")
		return m
	}
	m.loop = true
	items, u := ev.iterate(f)
	if u != nil {
		c := ev.with(f.Item.Name, u)
		if f.Index != nil {
			c = c.with(f.Index.Name, &value.Unknown{Reason: u.Reason, Text: f.Index.Name})
		}
		m.instance(c, f.Body, "[*]")
		return m
	}
	for i, item := range items {
		m.instance(ev.bind(f, item, int64(i)), f.Body, "["+itoa(i)+"]")
	}
	return m
}

func (m *module) value() any {
	if m.loop {
		return &modList{m: m}
	}
	return &modVal{mi: m.insts[0]}
}

func (m *module) values() []any {
	out := make([]any, len(m.insts))
	for i, mi := range m.insts {
		out[i] = &modVal{mi: mi}
	}
	return out
}

// instance evaluates one module call's condition, name and scope.
func (m *module) instance(ev *evaluator, body syntax.Expr, ordinal string) {
	mi := &modInst{m: m, ev: ev, env: m.dep.env}
	m.insts = append(m.insts, mi)
	if cond, ok := body.(*syntax.If); ok {
		if b, known := truth(ev.eval(cond.Cond)); known {
			mi.dropped = !b
		}
		body = cond.Body
	}
	mi.body, _ = body.(*syntax.Object)
	if mi.body == nil {
		mi.dropped = true
		return
	}
	mi.name = &value.Unknown{Reason: "the module's deployment name is generated at deployment", Text: "[" + m.s.Name.Name + "]"}
	mi.key = "[" + m.s.Name.Name + "]" + ordinal
	if p := prop(mi.body, "name"); p != nil {
		mi.name = ev.eval(p.Value)
		mi.key = "[" + ev.text(p.Value) + "]" + ordinal
	}
	if s, ok := mi.name.(string); ok {
		mi.key = s
	}
	if p := prop(mi.body, "scope"); p != nil {
		if t, ok := ev.scopeOf(p.Value); ok && t.env != nil {
			mi.env = t.env
		}
	}
	f, _ := funcs.Lookup("resourceId")
	mi.id = &value.Unknown{Reason: "the module's deployment name is known only at deployment"}
	if s, ok := mi.name.(string); ok {
		mi.id, _ = f.Call(&funcs.Ctx{Env: mi.env, Budget: m.dep.u.budget}, []any{deploymentsType, s})
	}
}

// deployment prepares the nested deployment of the module's file, once;
// nil when the file cannot be read.
func (mi *modInst) deployment() *deployment {
	if mi.made {
		return mi.child
	}
	mi.made = true
	d := mi.m.dep
	at := d.rangeOf(mi.m.s.Path)
	rel, _ := mi.m.s.Path.Literal()
	switch {
	case strings.HasPrefix(rel, "br:"), strings.HasPrefix(rel, "br/"), strings.HasPrefix(rel, "ts:"), strings.HasPrefix(rel, "ts/"):
		d.report(moduleDiag(at, "module '"+rel+"' comes from a registry", "moat reads no network: the module's resources are not checked and its outputs are unknown; vendor it as a local file to check it"))
		return nil
	case d.depth >= maxModules:
		d.report(limitDiag(at, "modules nested too deeply: moat follows 32 levels"))
		return nil
	}
	p := d.u.p.resolve(d.f.path, rel)
	f := d.u.p.files[p]
	switch {
	case f == nil && strings.HasSuffix(strings.ToLower(rel), ".json"):
		d.report(moduleDiag(at, "module '"+rel+"' is an ARM template", "moat checks the template on its own, with its default parameters, not with the values this module passes; the module's outputs are unknown"))
		return nil
	case f == nil || f.decls == nil:
		d.report(moduleDiag(at, "module '"+rel+"' is not in the scan", "the module's resources are not checked and its outputs are unknown"))
		return nil
	case d.chain[p]:
		d.report(templateDiag(at, "module '"+rel+"' calls itself", "a module cycle cannot deploy"))
		return nil
	}
	env := *mi.env // the subscription and group the scope property names, or the caller's
	env.Scope = f.decls.scope
	env.DeploymentName = mi.name
	child := newDeployment(d.u, f, &env, mi.args(f))
	child.prefix = d.prefix + mi.key + ">"
	child.origin = append(append([]graph.Range(nil), d.origin...), d.declRange(&mi.m.s.Decl))
	child.depth = d.depth + 1
	for k := range d.chain {
		child.chain[k] = true
	}
	mi.child = child
	return child
}

// args evaluates the params the module call passes, and reports those the
// module does not declare.
func (mi *modInst) args(f *file) map[string]any {
	out := map[string]any{}
	p := prop(mi.body, "params")
	if p == nil {
		return out
	}
	declared := map[string]bool{}
	for _, dp := range f.decls.params {
		declared[dp.Name.Name] = true
	}
	switch v := mi.ev.eval(p.Value).(type) {
	case *value.Object:
		for _, k := range v.Keys() {
			out[k], _ = v.Get(k)
		}
	case *value.Unknown:
		for k := range declared {
			out[k] = v
		}
	}
	if o, ok := p.Value.(*syntax.Object); ok {
		for _, q := range o.Props {
			if !q.Spread && q.KeyExpr == nil && !declared[q.Key] {
				mi.m.dep.report(templateDiag(mi.m.dep.f.syn.Range(q.KeySpan), "module '"+f.path+"' has no parameter '"+q.Key+"'", "the value is not used"))
			}
		}
	}
	return out
}

// run evaluates the module's resources. The nested deployment itself
// makes no node, as an ARM nested deployment makes none.
func (mi *modInst) run() {
	if mi.ran || mi.dropped {
		return
	}
	mi.ran = true
	if c := mi.deployment(); c != nil {
		c.evaluate()
	}
}

// moduleProperty reads outputs and name of a module.
func (ev *evaluator) moduleProperty(e *syntax.Access, mi *modInst, name string) any {
	switch name {
	case "outputs":
		if mi.dropped {
			return &value.Unknown{Reason: "the module is not deployed: its condition is false, or it does not parse", Text: ev.text(e)}
		}
		c := mi.deployment()
		if c == nil {
			return &value.Unknown{Reason: "the module's outputs are unknown: its file is not read", Text: ev.text(e)}
		}
		return c.outputs()
	case "name":
		return mi.name
	}
	return ev.fail(e, "a module has outputs and name, not '%s'", name)
}
