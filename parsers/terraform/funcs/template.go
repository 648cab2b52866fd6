package funcs

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// maxRenders bounds the templates rendered under one top-level call, so
// that templates calling templates in loops stay cheap.
const maxRenders = 1000

// renderBudget counts the templates rendered under one top-level call.
type renderBudget struct {
	renders int
}

// renderer renders templates with the function table itself, one level
// deeper each time a template calls templatefile or templatestring.
type renderer struct {
	opts   Options
	fsys   *fileSystem
	depth  int
	budget *renderBudget
}

func templateFuncs(opts Options, fsys *fileSystem, depth int, budget *renderBudget) map[string]function.Function {
	r := &renderer{opts: opts, fsys: fsys, depth: depth, budget: budget}
	return map[string]function.Function{
		"templatefile":   r.func_("Renders a template file with the given variables.", "path", r.file),
		"templatestring": r.func_("Renders a string as a template with the given variables.", "template", r.string),
	}
}

func (r *renderer) func_(desc, name string, render func(string, cty.Value) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Description: desc,
		Params: []function.Parameter{
			{Name: name, Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return render(args[0].AsString(), args[1])
		},
	})
}

// file renders the template file at p, which must be inside the root.
func (r *renderer) file(p string, vars cty.Value) (cty.Value, error) {
	src, rel, err := r.fsys.read(p)
	if err != nil {
		return cty.NilVal, function.NewArgError(0, err)
	}
	if !utf8.Valid(src) {
		return cty.NilVal, function.NewArgErrorf(0, "contents of %q are not valid UTF-8", p)
	}
	return r.render(src, filepath.ToSlash(rel), vars)
}

func (r *renderer) string(tmpl string, vars cty.Value) (cty.Value, error) {
	return r.render([]byte(tmpl), "templatestring", vars)
}

func (r *renderer) render(src []byte, filename string, vars cty.Value) (cty.Value, error) {
	budget, err := r.begin()
	if err != nil {
		return cty.NilVal, err
	}
	if bracketDepth(src) > maxDepth {
		return cty.NilVal, function.NewArgErrorf(0, "template is nested deeper than %d levels", maxDepth)
	}
	expr, diags := hclsyntax.ParseTemplate(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.NilVal, function.NewArgError(0, diags)
	}
	ctx, err := r.context(expr, vars, budget)
	if err != nil {
		return cty.NilVal, err
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return cty.NilVal, diags
	}
	return v, nil
}

// begin counts one render against the depth and the budget; a top-level
// call starts a budget of its own.
func (r *renderer) begin() (*renderBudget, error) {
	if r.depth >= maxTemplateDepth {
		return nil, fmt.Errorf("templates are nested deeper than %d levels", maxTemplateDepth)
	}
	b := r.budget
	if r.depth == 0 {
		b = new(renderBudget)
	}
	if b.renders++; b.renders > maxRenders {
		return nil, fmt.Errorf("more than %d templates rendered by one call", maxRenders)
	}
	return b, nil
}

// context checks vars as Terraform does (a map or object, identifier keys,
// every variable the template uses present) and makes the evaluation
// context, whose functions are this table one level deeper.
func (r *renderer) context(expr hclsyntax.Expression, vars cty.Value, b *renderBudget) (*hcl.EvalContext, error) {
	ty := vars.Type()
	if vars.IsNull() || !ty.IsMapType() && !ty.IsObjectType() {
		return nil, function.NewArgErrorf(1, "vars must be a map or an object")
	}
	m := vars.AsValueMap()
	for _, name := range slices.Sorted(maps.Keys(m)) {
		if !hclsyntax.ValidIdentifier(name) {
			return nil, function.NewArgErrorf(1, "invalid template variable name %q: must start with a letter, followed by letters, digits, and underscores", name)
		}
	}
	for _, t := range expr.Variables() {
		if _, ok := m[t.RootName()]; !ok {
			rng := t.SourceRange()
			return nil, function.NewArgErrorf(1, "vars does not contain key %q, referenced at %s", t.RootName(), rng.String())
		}
	}
	return &hcl.EvalContext{Variables: m, Functions: build(r.opts, r.depth+1, b)}, nil
}

// bracketDepth is the deepest nesting of brackets in a template, counted
// without regard to strings, which only overestimates.
func bracketDepth(src []byte) int {
	depth, deepest := 0, 0
	for _, c := range src {
		switch c {
		case '(', '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ')', ']', '}':
			depth--
		}
	}
	return deepest
}
