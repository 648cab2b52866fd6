package funcs

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// TestMarks checks that a mark on an argument (Terraform's sensitivity,
// the evaluator's provenance) reaches the result.
func TestMarks(t *testing.T) {
	const mark = "sensitive"
	fns := Table(testOptions(t))
	vars := map[string]cty.Value{
		"m": cty.ObjectVal(map[string]cty.Value{
			"s":   cty.StringVal("secret").Mark(mark),
			"n":   cty.NumberIntVal(3).Mark(mark),
			"map": cty.MapVal(map[string]cty.Value{"a": cty.StringVal("x")}).Mark(mark),
		}),
	}
	exprs := []string{
		`jsonencode({ a = m.s })`,
		`merge({ a = m.s }, { b = "x" })`,
		`merge(m.map, { b = "x" })`,
		`lookup({ a = m.s }, "a", "d")`,
		`lookup(tomap({ a = m.s }), "a")`,
		`lookup(m.map, "a")`,
		`format("%s!", m.s)`,
		`formatlist("%s!", [m.s])`,
		`join(",", [m.s, "b"])`,
		`upper(m.s)`,
		`replace(m.s, "e", "3")`,
		`length(m.s)`,
		`length(m.map)`,
		`sensitive(m.s)`,
		`nonsensitive(m.s)`,
		`yamlencode([m.s])`,
		`base64encode(m.s)`,
		`sum([1, m.n])`,
		`index(["a", m.s], "secret")`,
		`templatestring("$${x}-y", { x = m.s })`,
		`templatefile("greeting.tpl", { names = [m.s] })`,
		`concat([m.s], ["b"])`,
		`tostring(m.n)`,
		`one([m.s])`,
		`ephemeralasnull(m.s)`,
	}
	for _, src := range exprs {
		t.Run(src, func(t *testing.T) {
			expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatal(diags.Error())
			}
			got, diags := expr.Value(&hcl.EvalContext{Functions: fns, Variables: vars})
			if diags.HasErrors() {
				t.Fatal(diags.Error())
			}
			if !got.HasMarkDeep(mark) {
				t.Errorf("%s = %#v: the mark is lost", src, got)
			}
		})
	}
}
