package terraform

import (
	"path"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/moatscan/moat/graph"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// setVar gives a variable its value: what the caller or the variable
// files pass, else its default, else unknown (Terraform would ask for it).
func (in *instance) setVar(v *variable) {
	val, ok := in.inputs[v.name]
	if !ok && v.def != nil {
		d, ds := v.def.Value(nil)
		in.hclDiags(ds)
		val, ok = d, !ds.HasErrors()
	}
	if !ok {
		in.vars[v.name] = cty.UnknownVal(v.typ)
		return
	}
	in.vars[v.name] = in.typed(v, val)
}

// typed converts a value to the variable's type constraint, with the
// optional attributes' defaults applied.
func (in *instance) typed(v *variable, val cty.Value) cty.Value {
	if v.defaults != nil {
		val = v.defaults.Apply(val)
	}
	out, err := convert.Convert(val, v.typ)
	if err != nil {
		in.diag(graph.Warning, graph.CodeTFVars, v.decl, "value of var."+v.name+" does not match its type",
			"the value given cannot be converted to the declared type ("+err.Error()+"); the variable is unknown")
		return cty.UnknownVal(v.typ)
	}
	return out
}

// rootInputs collects the values of a root module's variables in
// Terraform's order of precedence: terraform.tfvars, terraform.tfvars.json,
// *.auto.tfvars and *.auto.tfvars.json in name order, then each
// --var-file, then each --var; later ones win.
func (r *run) rootInputs(mod *module) map[string]cty.Value {
	out := map[string]cty.Value{}
	for _, name := range r.autoVarFiles(mod.dir) {
		r.varFile(mod, name, out)
	}
	for _, name := range r.opts.VarFiles {
		r.varFile(mod, name, out)
	}
	for _, kv := range r.opts.Vars {
		r.cliVar(mod, kv, out)
	}
	return out
}

func (r *run) autoVarFiles(dir string) []string {
	var auto []string
	var first []string
	for _, name := range r.varFiles[dir] {
		base := path.Base(name)
		switch {
		case base == "terraform.tfvars":
			first = append([]string{name}, first...)
		case base == "terraform.tfvars.json":
			first = append(first, name)
		case strings.HasSuffix(base, ".auto.tfvars") || strings.HasSuffix(base, ".auto.tfvars.json"):
			auto = append(auto, name)
		}
	}
	sort.Strings(auto)
	return append(first, auto...)
}

// varFile reads one variables file into out; the file is named by its
// slash path relative to the scan root.
func (r *run) varFile(mod *module, name string, out map[string]cty.Value) {
	data, ok := r.src.file(name)
	if !ok {
		r.report(graph.Diagnostics{{Severity: graph.Error, Code: graph.CodeTFVars, Summary: "variables file " + name + " cannot be read",
			Detail: "give a file inside the scan root", Subject: graph.Range{Filename: name}}})
		return
	}
	r.loaded(name)
	f, ds := parseFile(hclparse.NewParser(), name, data)
	r.report(hclDiagnostics(r.src, ds, graph.CodeTFSyntax, graph.Error))
	if f == nil {
		return
	}
	attrs, ds := f.Body.JustAttributes()
	r.report(hclDiagnostics(r.src, ds, graph.CodeTFSyntax, graph.Error))
	for n, a := range attrs {
		if hugeNumber(a.Expr) {
			r.report(graph.Diagnostics{{Severity: graph.Warning, Code: graph.CodeTFLimit, Summary: "number out of range",
				Detail: "a number literal here is beyond what any setting takes; var." + n + " is unknown", Subject: r.src.rng(a.Expr.Range())}})
			continue
		}
		v, ds := a.Expr.Value(nil)
		r.report(hclDiagnostics(r.src, ds, graph.CodeTFVars, graph.Error))
		if ds.HasErrors() {
			continue
		}
		if _, declared := mod.vars[n]; !declared {
			r.report(graph.Diagnostics{{Severity: graph.Note, Code: graph.CodeTFVars, Summary: "value for undeclared variable " + n,
				Detail: "module " + mod.dir + " declares no variable " + n + "; the value is ignored", Subject: r.src.rng(a.NameRange)}})
			continue
		}
		out[n] = v
	}
}

// cliVar reads name=value as Terraform's -var does: the raw string for a
// string (or untyped) variable, an HCL expression for any other type.
func (r *run) cliVar(mod *module, kv string, out map[string]cty.Value) {
	name, raw, ok := strings.Cut(kv, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		r.report(graph.Diagnostics{{Severity: graph.Error, Code: graph.CodeTFVars, Summary: "--var " + kv + " is not name=value",
			Detail: "write --var name=value"}})
		return
	}
	v, declared := mod.vars[name]
	if !declared {
		return
	}
	if v.typ == cty.String || v.typ == cty.DynamicPseudoType {
		out[name] = cty.StringVal(raw)
		return
	}
	e, ds := hclsyntax.ParseExpression([]byte(raw), "--var "+name, hcl.InitialPos)
	if !ds.HasErrors() && !hugeNumber(e) {
		var val cty.Value
		val, ds = e.Value(nil)
		if !ds.HasErrors() {
			out[name] = val
			return
		}
	}
	r.report(graph.Diagnostics{{Severity: graph.Error, Code: graph.CodeTFVars, Summary: "--var " + name + " is not a valid value",
		Detail: "a variable of a type other than string takes an HCL value, like [\"a\", \"b\"] or {k = \"v\"}"}})
}
