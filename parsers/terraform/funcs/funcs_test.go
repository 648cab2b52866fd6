package funcs

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// testOptions confines the table to testdata/root, evaluating testdata/root/module.
func testOptions(t testing.TB) Options {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("testdata", "root"))
	if err != nil {
		t.Fatal(err)
	}
	return Options{Root: root, BaseDir: filepath.Join(root, "module")}
}

// unknowns are variables whose values are unknown, of several types.
var unknowns = map[string]cty.Value{
	"u": cty.ObjectVal(map[string]cty.Value{
		"s":   cty.UnknownVal(cty.String),
		"n":   cty.UnknownVal(cty.Number),
		"b":   cty.UnknownVal(cty.Bool),
		"l":   cty.UnknownVal(cty.List(cty.String)),
		"m":   cty.UnknownVal(cty.Map(cty.String)),
		"dyn": cty.DynamicVal,
	}),
}

// eval evaluates an HCL expression with the table and the unknowns.
func eval(t testing.TB, fns map[string]function.Function, src string) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("parse %s: %s", src, diags.Error())
	}
	return expr.Value(&hcl.EvalContext{Functions: fns, Variables: unknowns})
}

// ctyEqual compares values exactly; an unknown matches an unknown of the
// same type whatever its refinements.
var ctyEqual = cmp.Comparer(func(a, b cty.Value) bool {
	if !a.IsKnown() || !b.IsKnown() {
		return !a.IsKnown() && !b.IsKnown() && a.Type().Equals(b.Type())
	}
	return a.RawEquals(b)
})

type evalCase struct {
	name, expr string
	want       cty.Value
	wantErr    string // part of the error message, when an error is expected
}

func runCases(t *testing.T, cases []evalCase) {
	t.Helper()
	fns := Table(testOptions(t))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, diags := eval(t, fns, c.expr)
			if c.wantErr != "" {
				if !diags.HasErrors() || !strings.Contains(diags.Error(), c.wantErr) {
					t.Fatalf("%s: got %#v, %v; want an error containing %q", c.expr, got, diags, c.wantErr)
				}
				return
			}
			if diags.HasErrors() {
				t.Fatalf("%s: %s", c.expr, diags.Error())
			}
			if diff := cmp.Diff(c.want, got, ctyEqual); diff != "" {
				t.Errorf("%s (-want +got):\n%s", c.expr, diff)
			}
		})
	}
}

func strs(ss ...string) []cty.Value {
	out := make([]cty.Value, len(ss))
	for i, s := range ss {
		out[i] = cty.StringVal(s)
	}
	return out
}

func nums(ns ...int64) []cty.Value {
	out := make([]cty.Value, len(ns))
	for i, n := range ns {
		out[i] = cty.NumberIntVal(n)
	}
	return out
}

var numericCases = []evalCase{
	{name: "abs", expr: `abs(-5.5)`, want: cty.NumberFloatVal(5.5)},
	{name: "ceil", expr: `ceil(4.1)`, want: cty.NumberIntVal(5)},
	{name: "floor", expr: `floor(-1.5)`, want: cty.NumberIntVal(-2)},
	{name: "log", expr: `log(16, 2)`, want: cty.NumberIntVal(4)},
	{name: "log of zero base zero", expr: `log(0, 0)`, wantErr: "not a number"},
	{name: "max", expr: `max(3, 12, 9)`, want: cty.NumberIntVal(12)},
	{name: "min", expr: `min(3, 12, 9)`, want: cty.NumberIntVal(3)},
	{name: "parseint", expr: `parseint("FF", 16)`, want: cty.NumberIntVal(255)},
	{name: "pow", expr: `pow(3, 2)`, want: cty.NumberIntVal(9)},
	{name: "pow not a number", expr: `pow(-8, 0.5)`, wantErr: "not a number"},
	{name: "signum", expr: `signum(-13)`, want: cty.NumberIntVal(-1)},
	{name: "sum", expr: `sum([10, 13, 6])`, want: cty.NumberIntVal(29)},
	{name: "sum of empty list", expr: `sum([])`, wantErr: "empty list"},
	{name: "sum of opposite infinities", expr: `sum([pow(10, 400), -pow(10, 400)])`, wantErr: "opposite signs"},
	{name: "abs unknown", expr: `abs(u.n)`, want: cty.UnknownVal(cty.Number)},
	{name: "sum unknown", expr: `sum([1, u.n])`, want: cty.UnknownVal(cty.Number)},
	{name: "pow unknown", expr: `pow(u.n, 2)`, want: cty.UnknownVal(cty.Number)},
}

var stringsCases = []evalCase{
	{name: "chomp", expr: `chomp("hello\n")`, want: cty.StringVal("hello")},
	{name: "endswith", expr: `endswith("hello world", "world")`, want: cty.True},
	{name: "format", expr: `format("Hello, %s!", "Ander")`, want: cty.StringVal("Hello, Ander!")},
	{name: "format width beyond limit", expr: `format("%1000000s", "x")`, wantErr: "width or precision"},
	{name: "formatlist", expr: `formatlist("Hello, %s!", ["Valentina", "Ander"])`,
		want: cty.ListVal(strs("Hello, Valentina!", "Hello, Ander!"))},
	{name: "indent", expr: `indent(2, "a\nb")`, want: cty.StringVal("a\n  b")},
	{name: "indent negative", expr: `indent(-1, "a\nb")`, wantErr: "must not be negative"},
	{name: "join", expr: `join(", ", ["foo", "bar"])`, want: cty.StringVal("foo, bar")},
	{name: "lower", expr: `lower("HELLO")`, want: cty.StringVal("hello")},
	{name: "regex", expr: `regex("[a-z]+", "53453453.345345aaabbbccc23454")`, want: cty.StringVal("aaabbbccc")},
	{name: "regexall", expr: `regexall("[a-z]+", "1234abcd5678efgh9")`, want: cty.ListVal(strs("abcd", "efgh"))},
	{name: "replace", expr: `replace("1 + 2 + 3", "+", "-")`, want: cty.StringVal("1 - 2 - 3")},
	{name: "replace regex", expr: `replace("hello world", "/w.*d/", "everybody")`, want: cty.StringVal("hello everybody")},
	{name: "replace regex groups", expr: `replace("ab", "/(a)(b)/", "$2$1")`, want: cty.StringVal("ba")},
	{name: "replace bad regex", expr: `replace("ab", "/(/", "x")`, wantErr: "invalid regular expression"},
	{name: "split", expr: `split(",", "foo,bar,baz")`, want: cty.ListVal(strs("foo", "bar", "baz"))},
	{name: "startswith", expr: `startswith("hello world", "hello")`, want: cty.True},
	{name: "startswith known prefix", expr: `startswith("aks-${u.s}", "aks")`, want: cty.True},
	{name: "startswith wrong prefix", expr: `startswith("aks-${u.s}", "vm")`, want: cty.False},
	{name: "startswith short prefix", expr: `startswith("a${u.s}", "aks")`, want: cty.UnknownVal(cty.Bool)},
	{name: "strcontains", expr: `strcontains("hello world", "wor")`, want: cty.True},
	{name: "strrev", expr: `strrev("hello")`, want: cty.StringVal("olleh")},
	{name: "substr", expr: `substr("hello world", 1, 4)`, want: cty.StringVal("ello")},
	{name: "templatestring", expr: `templatestring("Hello, $${name}!", { name = "Jane" })`, want: cty.StringVal("Hello, Jane!")},
	{name: "title", expr: `title("hello world")`, want: cty.StringVal("Hello World")},
	{name: "trim", expr: `trim("?!hello?!", "!?")`, want: cty.StringVal("hello")},
	{name: "trimprefix", expr: `trimprefix("helloworld", "hello")`, want: cty.StringVal("world")},
	{name: "trimsuffix", expr: `trimsuffix("helloworld", "world")`, want: cty.StringVal("hello")},
	{name: "trimspace", expr: `trimspace("  hello\n\n")`, want: cty.StringVal("hello")},
	{name: "upper", expr: `upper("hello")`, want: cty.StringVal("HELLO")},
	{name: "upper unknown", expr: `upper(u.s)`, want: cty.UnknownVal(cty.String)},
	{name: "replace unknown", expr: `replace(u.s, "a", "b")`, want: cty.UnknownVal(cty.String)},
	{name: "format unknown", expr: `format("%s-%s", "a", u.s)`, want: cty.UnknownVal(cty.String)},
	{name: "join unknown", expr: `join(",", u.l)`, want: cty.UnknownVal(cty.String)},
	{name: "strcontains unknown", expr: `strcontains(u.s, "a")`, want: cty.UnknownVal(cty.Bool)},
}

func TestNumeric(t *testing.T) { runCases(t, numericCases) }

func TestStrings(t *testing.T) { runCases(t, stringsCases) }

func TestCollections(t *testing.T) { runCases(t, collectionsCases) }

func TestEncoding(t *testing.T) { runCases(t, encodingCases) }

func TestDatesAndCrypto(t *testing.T) { runCases(t, datesAndCryptoCases) }

func TestNetwork(t *testing.T) { runCases(t, networkCases) }

func TestConversion(t *testing.T) { runCases(t, conversionCases) }

func TestPaths(t *testing.T) { runCases(t, pathsCases) }

// allCases is every case of the tables above.
func allCases() [][]evalCase {
	return [][]evalCase{numericCases, stringsCases, collectionsCases, encodingCases, datesAndCryptoCases, networkCases, conversionCases, pathsCases}
}
