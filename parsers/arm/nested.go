package arm

import (
	"path"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/internal/jsonpos"
	"github.com/moatscan/moat/parsers/arm/value"
)

// maxNesting bounds nested deployments, inline or linked.
const maxNesting = 32

// nested evaluates a nested deployment: its inline template or the
// template file its templateLink names, with its parameters, in the inner
// or outer expression scope. Its resources join the unit; its outputs
// become what reference() returns for it.
func (d *deployment) nested(in *instance) []*instance {
	name := strings.ToLower(in.names[len(in.names)-1])
	if done := d.deployments[name]; done != nil && in.known {
		return nil // evaluated already, on demand of a reference()
	}
	delete(d.pending, name)
	child := d.child(in)
	if child == nil {
		return nil
	}
	out := child.evaluate()
	if in.known {
		d.deployments[name] = deploymentState(child, get(in.d.v, "properties"))
	}
	return out
}

// deploymentState is what reference() returns for a nested deployment:
// its properties after it ran, with the outputs evaluated.
func deploymentState(child *deployment, props *jsonpos.Value) *value.Object {
	o := child.outputs()
	o.Set("mode", str(get(props, "mode")))
	o.Set("provisioningState", "Succeeded")
	for _, k := range []string{"templateHash", "parameters", "outputResources", "timestamp", "duration", "correlationId", "dependencies"} {
		o.Set(k, value.Unknownf("the %s of a deployment is known only after it ran", k))
	}
	return o
}

// child prepares the deployment a nested deployment resource makes, or
// nil when its template cannot be read.
func (d *deployment) child(in *instance) *deployment {
	props := get(in.d.v, "properties")
	if d.depth >= maxNesting {
		d.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMLimit, Subject: in.d.v.Range,
			Summary: "nested deployments too deep", Detail: "moat follows nested deployments 32 levels deep; the resources below are not checked"})
		return nil
	}
	t, file := d.innerTemplate(in, props)
	if t == nil {
		return nil
	}
	env := *d.env
	env.Scope = t.scope
	env.DeploymentName = in.names[len(in.names)-1]
	if g := get(in.d.v, "resourceGroup"); g != nil {
		env.ResourceGroup = in.sc.eval(g)
	}
	if s := get(in.d.v, "subscriptionId"); s != nil {
		env.SubscriptionID = in.sc.eval(s)
	}
	outer := file == "" && !strings.EqualFold(str(get(props, "expressionEvaluationOptions", "scope")), "inner") && !d.t.symbolic
	var args map[string]any
	if !outer {
		args = d.nestedArgs(in, props)
	}
	c := newDeployment(d.run, t, &env, args)
	if outer {
		c.outer = d
	}
	c.prefix = d.prefix + in.names[len(in.names)-1] + ">"
	c.origin = append(append([]graph.Range(nil), d.origin...), in.d.v.Range)
	c.depth = d.depth + 1
	return c
}

// innerTemplate reads the inline template, or the linked template file
// (the second result, "" for an inline one).
func (d *deployment) innerTemplate(in *instance, props *jsonpos.Value) (*template, string) {
	if tv := get(props, "template"); tv != nil {
		t, ds := d.run.template(in.d.v.Range.Filename, tv)
		for _, diag := range ds {
			d.report(diag)
		}
		return t, ""
	}
	link := get(props, "templateLink")
	if link == nil {
		d.report(graph.Diagnostic{Severity: graph.Error, Code: graph.CodeARMTemplate, Subject: in.d.v.Range,
			Summary: "nested deployment without template", Detail: "a deployment needs properties.template or properties.templateLink"})
		return nil, ""
	}
	file, ok := d.linkedFile(in, link)
	if !ok {
		return nil, ""
	}
	t, ok := d.run.file(file)
	if !ok {
		d.report(graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeARMLink, Subject: link.Range,
			Summary: "linked template " + file + " is not a template in the scan",
			Detail:  "its resources are not checked and its outputs are unknown; scan the folder that holds it"})
		return nil, ""
	}
	return t, file
}

// linkedFile resolves a templateLink to a file of the scan: relativePath,
// or a uri whose literal parts name a .json file beside the template.
func (d *deployment) linkedFile(in *instance, link *jsonpos.Value) (string, bool) {
	dir := path.Dir(in.d.v.Range.Filename)
	if rp := get(link, "relativePath"); rp != nil {
		if s, ok := in.sc.eval(rp).(string); ok {
			return path.Join(dir, s), true
		}
	}
	if f := linkedGuess(dir, get(link, "uri"), d.run.p.files); f != "" {
		return f, true
	}
	d.report(graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeARMLink, Subject: link.Range,
		Summary: "linked template outside the scan",
		Detail:  "the templateLink names no file of the scan (a URL or a template spec); the nested deployment's resources are not checked and its outputs are unknown"})
	return "", false
}

// nestedArgs evaluates a nested deployment's parameters in the parent's
// scope: {name: {value: …}} or Key Vault references (unknown).
func (d *deployment) nestedArgs(in *instance, props *jsonpos.Value) map[string]any {
	args := map[string]any{}
	ps := get(props, "parameters")
	if ps != nil && ps.Kind == jsonpos.Object {
		for _, m := range ps.Fields {
			if v := get(m.Value, "value"); v != nil {
				args[strings.ToLower(m.Key)] = in.sc.eval(v)
			} else {
				args[strings.ToLower(m.Key)] = &value.Unknown{Reason: "parameter '" + m.Key + "' is a Key Vault reference"}
			}
		}
	}
	if pl := get(props, "parametersLink"); pl != nil {
		d.report(graph.Diagnostic{Severity: graph.Warning, Code: graph.CodeARMLink, Subject: pl.Range,
			Summary: "parameters link not followed", Detail: "moat does not download parameters; parameters without a default are unknown"})
	}
	return args
}

// reference resolves reference() of a nested deployment of this template
// to its outputs, evaluating it first when needed.
func (d *deployment) reference(target any, full bool) (any, bool) {
	s, ok := target.(string)
	if !ok {
		if u, isU := target.(*value.Unknown); isU && u.Scope {
			s = u.Text
		} else {
			return nil, false
		}
	}
	name := strings.ToLower(s)
	if r, ok := graph.ParseResourceID(s); ok {
		if !strings.EqualFold(r.Type, deploymentsType) {
			return nil, false
		}
		name = strings.ToLower(r.Name())
	} else if d.t.symbolic {
		for _, dc := range d.t.resources {
			if strings.EqualFold(dc.symbol, s) {
				if in := d.pendingBySymbol(dc); in != nil {
					name = strings.ToLower(in.names[len(in.names)-1])
				}
			}
		}
	}
	out := d.deployments[name]
	if out == nil {
		in := d.pending[name]
		if in == nil {
			return nil, false
		}
		delete(d.pending, name)
		d.nested(in)
		out = d.deployments[name]
	}
	if out == nil {
		return nil, false
	}
	if full {
		o := value.NewObject(1)
		o.Set("properties", out)
		return o, true
	}
	return out, true
}

func (d *deployment) pendingBySymbol(dc *decl) *instance {
	for _, in := range d.pending {
		if in.d == dc {
			return in
		}
	}
	return nil
}
