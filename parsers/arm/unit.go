package arm

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/moatscan/moat/discover"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/attrs"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// unit is one evaluation of a root template with one parameters file (or
// none): the resources of the template and of its nested deployments.
type unit struct {
	p      *parser
	root   *file
	params *file
	prefix string

	budget    *funcs.Budget
	taken     int
	limited   bool
	diags     graph.Diagnostics
	seen      map[string]bool
	all       []*instance
	refs      []pending
	edges     []graph.Edge
	ids       map[string]int
	calls     map[string]int // unsupported functions
	reasons   map[string]int // why attributes are unknown
	templates map[*jsonpos.Value]*template
}

// pending is a reference to resolve once every resource is known.
type pending struct {
	from *instance
	attrs.Ref
}

// plan makes the units: each template no other template links to, with
// each parameters file that goes with it.
func (p *parser) plan(order []*file) []*unit {
	linked := linkTargets(p.files)
	byDir := map[string][]*file{}
	for _, k := range sortedKeys(p.files) {
		if f := p.files[k]; f.format == discover.ARMParams {
			byDir[path.Dir(k)] = append(byDir[path.Dir(k)], f)
		}
	}
	var units []*unit
	for _, f := range order {
		if f.format != discover.ARM || f.root == nil || linked[f.path] {
			continue
		}
		params := p.paramsFor(f.path, byDir[path.Dir(f.path)])
		if len(params) == 0 {
			units = append(units, p.newUnit(f, nil, f.path+":"))
			continue
		}
		for _, pf := range params {
			prefix := f.path + ":"
			if len(params) > 1 {
				prefix = f.path + "[" + path.Base(pf.path) + "]:"
			}
			units = append(units, p.newUnit(f, pf, prefix))
		}
	}
	return units
}

func (p *parser) newUnit(root, params *file, prefix string) *unit {
	return &unit{p: p, root: root, params: params, prefix: prefix, budget: funcs.DefaultBudget(),
		seen: map[string]bool{}, calls: map[string]int{}, templates: map[*jsonpos.Value]*template{}}
}

// paramsFor lists the parameters files of a template: the --parameters
// files, else those beside it (in the same folder) named after it
// (azuredeploy.parameters.json, main.parameters.prod.json,
// main.prod.parameters.json).
func (p *parser) paramsFor(name string, beside []*file) []*file {
	var out []*file
	for _, pf := range p.opts.Parameters {
		out = append(out, p.files[pf.Path])
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range beside {
		if ParametersOf(name, f.path) {
			out = append(out, f)
		}
	}
	return out
}

// ParametersOf reports whether the parameters file params is named after
// the template (or Bicep file) in the same folder:
// azuredeploy.parameters.json for azuredeploy.json,
// main.parameters.prod.json or main.prod.parameters.json for main.json or
// main.bicep.
func ParametersOf(template, params string) bool {
	if path.Dir(template) != path.Dir(params) {
		return false
	}
	base := path.Base(strings.TrimSuffix(template, path.Ext(template)))
	pbase := path.Base(strings.TrimSuffix(params, path.Ext(params)))
	return pbase == base+".parameters" || strings.HasPrefix(pbase, base+".parameters.") ||
		strings.HasPrefix(pbase, base+".") && strings.HasSuffix(pbase, ".parameters")
}

// evaluate evaluates the root template and resolves the references.
func (u *unit) evaluate() {
	t, _, ok := u.p.template(u.root.path)
	if !ok {
		return
	}
	d := newDeployment(u, t, funcs.NewEnv(t.scope), u.args(t))
	d.prefix = u.prefix
	if u.params != nil && u.params.root != nil {
		d.origin = []graph.Range{u.params.root.Range}
	}
	d.evaluate()
	u.resolve()
}

// args reads the parameters file's values: {name: {value}} or a Key Vault
// reference, unknown.
func (u *unit) args(t *template) map[string]any {
	args := map[string]any{}
	if u.params == nil || u.params.root == nil {
		return args
	}
	ps := get(u.params.root, "parameters")
	if ps == nil || ps.Kind != jsonpos.Object {
		return args
	}
	for _, m := range ps.Fields {
		if memberOf(t.params, m.Key) == nil {
			if len(u.p.opts.Parameters) == 0 {
				u.report(graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeARMParams, Subject: m.KeyRange,
					Summary: "parameter " + m.Key + " is not declared by " + u.root.path,
					Detail:  "ARM rejects a parameters file with undeclared parameters; remove it or declare it in the template"})
			}
			continue
		}
		if v := get(m.Value, "value"); v != nil {
			args[strings.ToLower(m.Key)] = literal(v)
		} else {
			args[strings.ToLower(m.Key)] = value.Unknownf("parameter '%s' is a Key Vault reference, known at deployment", m.Key)
		}
	}
	return args
}

// report adds a diagnostic once per place and message.
func (u *unit) report(d graph.Diagnostic) {
	k := fmt.Sprintf("%s\x00%d\x00%s\x00%s", d.Subject.Filename, d.Subject.Start.Byte, d.Code, d.Detail)
	if u.seen[k] {
		return
	}
	u.seen[k] = true
	u.diags = append(u.diags, d)
}

// take counts n more values built; false, reported once, beyond the
// unit's bound.
func (u *unit) take(n int) bool {
	u.taken += n
	if u.taken <= u.p.opts.MaxInstances {
		return true
	}
	if !u.limited {
		u.limited = true
		u.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMLimit, Subject: u.root.root.Range,
			Summary: "template makes too many resources or copies",
			Detail:  fmt.Sprintf("moat evaluates at most %d copies and resources per template; the rest is not checked", u.p.opts.MaxInstances)})
	}
	return false
}

func (u *unit) unsupported(name string) { u.calls[strings.ToLower(name)]++ }

// quoted matches the names inside a reason, so that reasons count by kind.
var quoted = regexp.MustCompile(`'[^']*'`)

// because counts an unknown attribute by the kind of its reason.
func (u *unit) because(reason string) {
	if u.reasons == nil {
		u.reasons = map[string]int{}
	}
	u.reasons[quoted.ReplaceAllString(reason, "'…'")]++
}

// template reads an inline template once per unit.
func (u *unit) template(file string, v *jsonpos.Value) (*template, graph.Diagnostics) {
	if t, ok := u.templates[v]; ok {
		return t, nil
	}
	t, ds := u.p.readTemplate(file, v)
	u.templates[v] = t
	return t, ds
}

// file returns the template of a linked file.
func (u *unit) file(name string) (*template, bool) {
	t, _, ok := u.p.template(name)
	return t, ok
}

// add records a built instance and its references.
func (u *unit) add(in *instance, refs []attrs.Ref) {
	if u.params != nil {
		in.node.Facts["parameters_file"] = u.params.path
	}
	if u.ids == nil {
		u.ids = map[string]int{}
	}
	id := in.node.ID
	if u.ids[id]++; u.ids[id] > 1 {
		in.node.ID = fmt.Sprintf("%s[%d]", id, u.ids[id]-1) // copies of unknown names
	}
	u.all = append(u.all, in)
	for _, r := range refs {
		u.refs = append(u.refs, pending{from: in, Ref: r})
	}
}
