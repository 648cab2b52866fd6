package funcs

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

func TestTemplates(t *testing.T) {
	fns := Table(testOptions(t))
	vars := map[string]cty.Value{
		// renders itself again and again: stopped by the depth limit
		"self": cty.StringVal(`${templatestring(self, { self = self })}`),
		// 40 renders of 40 renders each: stopped by the render budget
		"outer": cty.StringVal(`%{ for i in range(40) }${templatestring(inner, {})}%{ endfor }`),
		"inner": cty.StringVal(`%{ for i in range(40) }${templatestring("x", {})}%{ endfor }`),
	}
	cases := []struct {
		name, expr string
		want       cty.Value
		wantErr    string
	}{
		{name: "for directive and nested calls", expr: `templatefile("config.tpl", { name = "aks", tags = ["A", "B"] })`,
			want: cty.StringVal("{\"name\":\"aks\",\"tags\":[\"a\",\"b\"]}\n")},
		{name: "for directive", expr: `templatefile("greeting.tpl", { names = ["x"] })`,
			want: cty.StringVal("Hello, X!\nTotal: 1\n")},
		{name: "single interpolation keeps its type", expr: `templatestring("$${x}", { x = [1] })`,
			want: cty.TupleVal([]cty.Value{cty.NumberIntVal(1)})},
		{name: "templatefile recursion", expr: `templatefile("nested.tpl", { depth = 0 })`, wantErr: "nested deeper than 8 levels"},
		{name: "templatestring recursion", expr: `templatestring(self, { self = self })`, wantErr: "nested deeper than 8 levels"},
		{name: "render budget", expr: `templatestring(outer, { inner = inner })`, wantErr: "more than 1000 templates"},
		{name: "missing variable", expr: `templatestring("$${a}", {})`, wantErr: `vars does not contain key "a"`},
		{name: "invalid variable name", expr: `templatestring("x", { "1a" = 1 })`, wantErr: "invalid template variable name"},
		{name: "vars not an object", expr: `templatestring("x", "y")`, wantErr: "must be a map or an object"},
		{name: "syntax error names the file", expr: `templatefile("bad.tpl", {})`, wantErr: "module/bad.tpl:2,1"},
		{name: "unknown variable value", expr: `templatestring("a-$${x}", { x = u.s })`, want: cty.UnknownVal(cty.String)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expr, diags := hclsyntax.ParseExpression([]byte(c.expr), "test.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatal(diags.Error())
			}
			ctx := &hcl.EvalContext{Functions: fns, Variables: map[string]cty.Value{"u": unknowns["u"]}}
			for k, v := range vars {
				ctx.Variables[k] = v
			}
			got, diags := expr.Value(ctx)
			if c.wantErr != "" {
				if !diags.HasErrors() || !strings.Contains(diags.Error(), c.wantErr) {
					t.Fatalf("got %#v, %v; want an error containing %q", got, diags, c.wantErr)
				}
				return
			}
			if diags.HasErrors() {
				t.Fatal(diags.Error())
			}
			if diff := cmp.Diff(c.want, got, ctyEqual); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
