package bicep

import (
	"slices"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
	"github.com/moatscan/moat/parsers/bicep/syntax"
)

// resource is a resource declaration evaluated in one deployment: its
// instances, one per loop iteration.
type resource struct {
	d            *resDecl
	dep          *deployment
	insts        []*instance
	loop         bool
	unknownCount bool // a loop over a collection known only at deployment
	busy         bool
}

// instance is one resource a declaration makes.
type instance struct {
	r       *resource
	ev      *evaluator // with the loop's item and index bound
	body    *syntax.Object
	dropped bool   // its condition is false: it has a value but no node
	cond    string // the condition as written, when it is unknown
	parent  *instance
	names   []string // one per type level after the namespace; unknown ones as written
	known   bool
	partial []bool // which name segments are known, when not all are
	nameV   any    // the name property's value, what .name reads
	env     *funcs.Env
	ext     *instance // the resource an extension resource extends
	extID   any       // an extension scope given as an ID
	id      any
	typ     string    // the full type; an extension's in the legacy form
	alias   *instance // for an existing resource, the one the unit declares
	node    *graph.Node
}

// resource evaluates a declaration's instances once: their conditions,
// names, parents, scopes and IDs. Bodies are built later (build.go).
func (d *deployment) resource(rd *resDecl) *resource {
	if r, ok := d.res[rd]; ok {
		if r.busy {
			d.report(templateDiag(d.rangeOf(rd.s.Name), "resource '"+rd.name()+"' depends on itself", "its name, parent or scope reads its own value"))
		}
		return r
	}
	r := &resource{d: rd, dep: d, busy: true}
	d.res[rd] = r
	defer func() { r.busy = false }()
	ev := &evaluator{d: d, encl: rd}
	var parent *instance
	if rd.parent != nil {
		pr := d.resource(rd.parent)
		if len(pr.insts) != 1 {
			return r // a loop cannot have nested resources; the compiler rejects it
		}
		parent = pr.insts[0]
	}
	f, ok := rd.s.Body.(*syntax.For)
	if !ok || incomplete(f) {
		r.instance(ev, rd.s.Body, parent)
		return r
	}
	r.loop = true
	items, u := ev.iterate(f)
	if u != nil {
		r.unknownCount = true
		c := ev.with(f.Item.Name, u)
		if f.Index != nil {
			c = c.with(f.Index.Name, &value.Unknown{Reason: u.Reason, Text: f.Index.Name})
		}
		r.instance(c, f.Body, parent)
		return r
	}
	if !d.u.take(len(items), d.rangeOf(rd.s)) {
		return r
	}
	for i, item := range items {
		r.instance(ev.bind(f, item, int64(i)), f.Body, parent)
	}
	return r
}

// value is what the resource's symbol evaluates to.
func (r *resource) value() any {
	if r.loop {
		return &resList{r: r}
	}
	if len(r.insts) == 0 {
		return &value.Unknown{Reason: "resource '" + r.d.name() + "' cannot be evaluated"}
	}
	return &resVal{in: r.insts[0]}
}

// values are the instances of a loop, as resource values.
func (r *resource) values() []any {
	out := make([]any, len(r.insts))
	for i, in := range r.insts {
		out[i] = &resVal{in: in}
	}
	return out
}

// instance evaluates one instance of the declaration.
func (r *resource) instance(ev *evaluator, body syntax.Expr, parent *instance) {
	in := &instance{r: r, ev: ev, parent: parent, env: r.dep.env, typ: r.d.typ}
	r.insts = append(r.insts, in)
	if cond, ok := body.(*syntax.If); ok {
		if b, known := truth(ev.eval(cond.Cond)); known {
			in.dropped = !b
		} else {
			in.cond = ev.text(cond.Cond)
		}
		body = cond.Body
	}
	if parent != nil && parent.dropped {
		in.dropped = true
	}
	if in.dropped { // its name and scope are still read (cond ? x.id : ''), but never fail
		q := *ev
		q.quiet = true
		ev, in.ev = &q, &q
	}
	in.body, _ = body.(*syntax.Object)
	if in.body == nil {
		in.dropped = true
		in.names, in.id = []string{r.d.name()}, &value.Unknown{Reason: "the resource's body does not parse"}
		return
	}
	if p := prop(in.body, "parent"); p != nil && parent == nil {
		switch v := ev.eval(p.Value).(type) {
		case *resVal:
			in.parent = v.in
		case *value.Unknown:
		default:
			ev.fail(p.Value, "parent must be a resource")
		}
	}
	if p := prop(in.body, "scope"); p != nil {
		if t, ok := ev.scopeOf(p.Value); ok {
			if t.env != nil {
				in.env = t.env
			}
			in.ext, in.extID = t.ext, t.id
		}
	}
	if in.parent != nil && prop(in.body, "scope") == nil { // a child lives where its parent does
		in.env, in.ext, in.extID = in.parent.env, in.parent.ext, in.parent.extID
	}
	in.name(ev)
	in.legacyExtension()
	in.id = in.resourceID()
}

// legacyExtension rewrites the old form of an extension resource (type
// Microsoft.ContainerService/managedClusters/providers/extensions, name
// aks/Microsoft.KubernetesConfiguration/azureml) into the extension of the
// resource its name starts with.
func (in *instance) legacyExtension() {
	i := strings.Index(strings.ToLower(in.typ), "/providers/")
	if i < 0 || in.scopeID() != nil {
		return
	}
	scopeType, extType := in.typ[:i], in.typ[i+len("/providers/"):]
	k := strings.Count(scopeType, "/")
	if len(in.names) < k+2 {
		return
	}
	args := []any{scopeType}
	for _, n := range in.names[:k] {
		args = append(args, n)
	}
	f, _ := funcs.Lookup("resourceId")
	in.extID, _ = f.Call(&funcs.Ctx{Env: in.env, Budget: in.r.dep.u.budget}, args)
	in.typ = in.names[k] + "/" + extType
	in.names = in.names[k+1:]
	if len(in.partial) > k {
		in.partial = in.partial[k+1:]
		in.known = !slices.Contains(in.partial, false)
	}
}

// name evaluates the name property into its segments.
func (in *instance) name(ev *evaluator) {
	p := prop(in.body, "name")
	var segs []string
	known := true
	if p == nil {
		ev.d.report(templateDiag(ev.d.rangeOf(in.r.d.s.Name), "resource '"+in.r.d.name()+"' has no name", "every resource needs a name property"))
		segs, known = []string{in.r.d.name()}, false
		in.nameV = &value.Unknown{Reason: "the resource has no name"}
	} else {
		in.nameV = ev.eval(p.Value)
		if s, ok := in.nameV.(string); ok {
			segs = strings.Split(s, "/")
		} else {
			known = false
			segs, in.partial = ev.nameSegments(p.Value)
		}
	}
	if in.parent != nil {
		if in.partial != nil || !in.parent.known {
			in.partial = append(in.parent.segmentsKnown(), in.segmentsKnownOr(len(segs), known)...)
		}
		segs = append(append([]string(nil), in.parent.names...), segs...)
		known = known && in.parent.known
	}
	in.names, in.known = segs, known
	if levels := strings.Count(in.typ, "/"); known && levels != len(segs) && p != nil && !strings.Contains(strings.ToLower(in.typ), "/providers/") {
		ev.d.report(templateDiag(ev.d.rangeOf(p.Value), "the name has "+plural(len(segs), "segment")+", the type "+in.typ+" needs "+itoa(levels),
			"a child resource's name is its parent's name, a slash and its own, or set parent"))
	}
}

// segmentsKnown says which name segments are known.
func (in *instance) segmentsKnown() []bool { return in.segmentsKnownOr(len(in.names), in.known) }

func (in *instance) segmentsKnownOr(n int, known bool) []bool {
	if in.partial != nil && len(in.partial) >= n {
		return in.partial[len(in.partial)-n:]
	}
	out := make([]bool, n)
	for i := range out {
		out[i] = known
	}
	return out
}

// parentKnown reports whether every name segment but the last is known.
func (in *instance) parentKnown() bool {
	if in.known {
		return true
	}
	return len(in.partial) == len(in.names) && len(in.names) > 1 && !slices.Contains(in.partial[:len(in.names)-1], false)
}

// nameSegments splits a name known only in part into its segments: the
// segments of '${vnet.name}/${subnetName}' whose parts are known keep
// their value, the others are written as the expression that makes them.
func (ev *evaluator) nameSegments(x syntax.Expr) ([]string, []bool) {
	s, ok := x.(*syntax.String)
	if !ok || len(s.Exprs) == 0 {
		text := ev.text(x)
		if text == "" {
			text = ev.d.f.syn.Text(x)
		}
		return []string{"[" + strings.ReplaceAll(text, "/", "-") + "]"}, []bool{false}
	}
	var b strings.Builder
	texts := map[string]string{}
	for i, part := range s.Parts {
		b.WriteString(part)
		if i == len(s.Exprs) {
			break
		}
		v := ev.eval(s.Exprs[i])
		if txt, err := funcs.String(v); err == nil && !value.HasUnknown(v) {
			b.WriteString(txt)
			continue
		}
		mark := "\x00" + itoa(i) + "\x00"
		texts[mark] = "[" + strings.ReplaceAll(ev.text(s.Exprs[i]), "/", "-") + "]"
		b.WriteString(mark)
	}
	segs := strings.Split(b.String(), "/")
	known := make([]bool, len(segs))
	for i, seg := range segs {
		known[i] = !strings.Contains(seg, "\x00")
		for mark, text := range texts {
			seg = strings.ReplaceAll(seg, mark, text)
		}
		segs[i] = seg
	}
	return segs, known
}

// scopeID is the ID of the resource an extension resource extends, or
// nil.
func (in *instance) scopeID() any {
	switch {
	case in.ext != nil:
		return in.ext.id
	case in.extID != nil:
		return in.extID
	}
	return nil
}

// resourceID computes the instance's ID as resourceId() or
// extensionResourceId() would, in the environment where it lives.
func (in *instance) resourceID() any {
	if !in.known {
		return &value.Unknown{Reason: "the resource's name is known only at deployment", Text: "[" + in.r.d.name() + ".id]"}
	}
	args := []any{in.typ}
	for _, n := range in.names {
		args = append(args, n)
	}
	fn := "resourceId"
	if scope := in.scopeID(); scope != nil {
		fn, args = "extensionResourceId", append([]any{scope}, args...)
	}
	f, _ := funcs.Lookup(fn)
	v, err := f.Call(&funcs.Ctx{Env: in.env, Budget: in.r.dep.u.budget}, args)
	if err != nil {
		return &value.Unknown{Reason: err.Error()}
	}
	return v
}

// prop finds a property of a body by name.
func prop(o *syntax.Object, name string) *syntax.Property {
	for _, p := range o.Props {
		if !p.Spread && p.KeyExpr == nil && p.Key == name {
			return p
		}
	}
	return nil
}
