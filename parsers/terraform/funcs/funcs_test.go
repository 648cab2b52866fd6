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

var collectionsCases = []evalCase{
	{name: "alltrue", expr: `alltrue(["true", true])`, want: cty.True},
	{name: "alltrue false beats unknown", expr: `alltrue([u.b, false])`, want: cty.False},
	{name: "alltrue unknown", expr: `alltrue([u.b, true])`, want: cty.UnknownVal(cty.Bool)},
	{name: "anytrue", expr: `anytrue([false, true])`, want: cty.True},
	{name: "anytrue empty", expr: `anytrue([])`, want: cty.False},
	{name: "chunklist", expr: `chunklist(["a", "b", "c"], 2)`,
		want: cty.ListVal([]cty.Value{cty.ListVal(strs("a", "b")), cty.ListVal(strs("c"))})},
	{name: "coalesce", expr: `coalesce("", "b")`, want: cty.StringVal("b")},
	{name: "coalescelist", expr: `length(coalescelist([], ["c"]))`, want: cty.NumberIntVal(1)},
	{name: "compact", expr: `compact(["a", "", "b", null])`, want: cty.ListVal(strs("a", "b"))},
	{name: "concat", expr: `concat(["a"], ["b", "c"])`, want: cty.TupleVal(strs("a", "b", "c"))},
	{name: "contains", expr: `contains(["a", "b"], "b")`, want: cty.True},
	{name: "distinct", expr: `distinct(["a", "b", "a"])`, want: cty.ListVal(strs("a", "b"))},
	{name: "element", expr: `element(["a", "b", "c"], 3)`, want: cty.StringVal("a")},
	{name: "flatten", expr: `flatten([["a", "b"], [], ["c"]])`, want: cty.TupleVal(strs("a", "b", "c"))},
	{name: "index", expr: `index(["a", "b", "c"], "b")`, want: cty.NumberIntVal(1)},
	{name: "index missing", expr: `index(["a"], "z")`, wantErr: "item not found"},
	{name: "keys", expr: `tolist(keys({ a = 1, c = 2 }))`, want: cty.ListVal(strs("a", "c"))},
	{name: "length of string", expr: `length("héllo")`, want: cty.NumberIntVal(5)},
	{name: "length of list", expr: `length([1, 2])`, want: cty.NumberIntVal(2)},
	{name: "length of object", expr: `length({ a = 1 })`, want: cty.NumberIntVal(1)},
	{name: "list removed", expr: `list(1)`, wantErr: "was removed"},
	{name: "lookup", expr: `lookup({ a = "ay", b = "bee" }, "a", "what?")`, want: cty.StringVal("ay")},
	{name: "lookup default", expr: `lookup({ a = "ay" }, "c", "what?")`, want: cty.StringVal("what?")},
	{name: "lookup without default", expr: `lookup(tomap({ a = "ay" }), "a")`, want: cty.StringVal("ay")},
	{name: "lookup without default missing", expr: `lookup(tomap({ a = "ay" }), "c")`, wantErr: "no key"},
	{name: "map removed", expr: `map("a", 1)`, wantErr: "was removed"},
	{name: "matchkeys", expr: `matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])`,
		want: cty.ListVal(strs("i-abc", "i-def"))},
	{name: "merge", expr: `merge({ a = "b" }, { e = "f" })`,
		want: cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("b"), "e": cty.StringVal("f")})},
	{name: "one", expr: `one(["hello"])`, want: cty.StringVal("hello")},
	{name: "one of empty", expr: `one(tolist([]))`, want: cty.NullVal(cty.DynamicPseudoType)},
	{name: "one of two", expr: `one([1, 2])`, wantErr: "zero or one"},
	{name: "range", expr: `range(3)`, want: cty.ListVal(nums(0, 1, 2))},
	{name: "range beyond limit", expr: `range(0, 1e12)`, wantErr: "1024"},
	{name: "reverse", expr: `reverse([1, 2, 3])`, want: cty.TupleVal(nums(3, 2, 1))},
	{name: "setintersection", expr: `setintersection(["a", "b"], ["b", "c"])`, want: cty.SetVal(strs("b"))},
	{name: "setproduct", expr: `length(setproduct(["a"], ["x", "y"]))`, want: cty.NumberIntVal(2)},
	{name: "setproduct beyond limit", expr: `setproduct(range(1000), range(1000), range(1000))`, wantErr: "limit of 1000000 elements"},
	{name: "setsubtract", expr: `setsubtract(["a", "b", "c"], ["a", "c"])`, want: cty.SetVal(strs("b"))},
	{name: "setunion", expr: `setunion(["a", "b"], ["b", "c"])`, want: cty.SetVal(strs("a", "b", "c"))},
	{name: "slice", expr: `slice(["a", "b", "c", "d"], 1, 3)`, want: cty.TupleVal(strs("b", "c"))},
	{name: "sort", expr: `sort(["e", "d", "a"])`, want: cty.ListVal(strs("a", "d", "e"))},
	{name: "transpose", expr: `transpose({ a = ["1", "2"], b = ["2", "3"] })`, want: cty.MapVal(map[string]cty.Value{
		"1": cty.ListVal(strs("a")), "2": cty.ListVal(strs("a", "b")), "3": cty.ListVal(strs("b")),
	})},
	{name: "values", expr: `values({ a = 3, c = 2 })`, want: cty.TupleVal(nums(3, 2))},
	{name: "zipmap", expr: `zipmap(["a", "b"], [1, 2])`,
		want: cty.ObjectVal(map[string]cty.Value{"a": cty.NumberIntVal(1), "b": cty.NumberIntVal(2)})},
	{name: "length unknown", expr: `length(u.s)`, want: cty.UnknownVal(cty.Number)},
	{name: "lookup unknown", expr: `lookup(u.m, "a", "x")`, want: cty.UnknownVal(cty.String)},
	{name: "index unknown", expr: `index(["a", "b"], u.s)`, want: cty.UnknownVal(cty.Number)},
	{name: "concat unknown", expr: `concat(u.l, ["a"])`, want: cty.DynamicVal},
	{name: "merge unknown", expr: `merge(u.m, { a = "b" })`, want: cty.DynamicVal},
	{name: "one unknown", expr: `one(u.l)`, want: cty.UnknownVal(cty.String)},
	{name: "matchkeys unknown", expr: `matchkeys(["a"], [u.s], ["x"])`, want: cty.UnknownVal(cty.List(cty.String))},
	{name: "transpose unknown", expr: `transpose({ a = u.l })`, want: cty.UnknownVal(cty.Map(cty.List(cty.String)))},
}

var encodingCases = []evalCase{
	{name: "base64decode", expr: `base64decode("SGVsbG8gV29ybGQ=")`, want: cty.StringVal("Hello World")},
	{name: "base64decode not utf-8", expr: `base64decode("//79")`, wantErr: "not valid UTF-8"},
	{name: "base64decode invalid", expr: `base64decode("not base64!")`, wantErr: "failed to decode"},
	{name: "base64encode", expr: `base64encode("Hello World")`, want: cty.StringVal("SGVsbG8gV29ybGQ=")},
	{name: "base64gzip", expr: `base64gzip("test")`, want: cty.StringVal("H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA")},
	{name: "csvdecode", expr: `csvdecode("a,b\n1,2\n")`, want: cty.ListVal([]cty.Value{
		cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("1"), "b": cty.StringVal("2")}),
	})},
	{name: "jsondecode", expr: `jsondecode("{\"hello\": [1, true]}")`, want: cty.ObjectVal(map[string]cty.Value{
		"hello": cty.TupleVal([]cty.Value{cty.NumberIntVal(1), cty.True}),
	})},
	{name: "jsondecode too deep", expr: `jsondecode("${join("", [for i in range(1000) : "[[[[[[[[[[[" ])}")`, wantErr: "nested deeper"},
	{name: "jsonencode", expr: `jsonencode({ hello = "world" })`, want: cty.StringVal(`{"hello":"world"}`)},
	{name: "textdecodebase64", expr: `textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")`, want: cty.StringVal("Hello World")},
	{name: "textencodebase64", expr: `textencodebase64("Hello World", "UTF-16LE")`, want: cty.StringVal("SABlAGwAbABvACAAVwBvAHIAbABkAA==")},
	{name: "textencodebase64 unknown encoding name", expr: `textencodebase64("a", "no-such-encoding")`, wantErr: "not a supported IANA encoding"},
	{name: "urlencode", expr: `urlencode("Hello World!")`, want: cty.StringVal("Hello+World%21")},
	{name: "yamldecode", expr: `yamldecode("hello: world\nlist: [1, 2.5, true, null]\n")`, want: cty.ObjectVal(map[string]cty.Value{
		"hello": cty.StringVal("world"),
		"list":  cty.TupleVal([]cty.Value{cty.NumberIntVal(1), cty.NumberFloatVal(2.5), cty.True, cty.NullVal(cty.DynamicPseudoType)}),
	})},
	{name: "yamldecode alias and merge", expr: `yamldecode("base: &b {x: 1, y: 2}\nitem:\n  <<: *b\n  y: 3\n").item`,
		want: cty.ObjectVal(map[string]cty.Value{"x": cty.NumberIntVal(1), "y": cty.NumberIntVal(3)})},
	{name: "yamldecode cycle", expr: `yamldecode("a: &a [*a]")`, wantErr: "contains it"},
	{name: "yamldecode two documents", expr: `yamldecode("a: 1\n---\nb: 2\n")`, wantErr: "extra content"},
	{name: "yamldecode empty", expr: `yamldecode("")`, want: cty.NullVal(cty.DynamicPseudoType)},
	{name: "yamlencode", expr: `yamlencode({ a = "b", c = [1, { d = true }] })`,
		want: cty.StringVal("\"a\": \"b\"\n\"c\":\n- 1\n- \"d\": true\n")},
	{name: "yamlencode scalar", expr: `yamlencode(1)`, want: cty.StringVal("1\n...\n")},
	{name: "jsonencode unknown", expr: `jsonencode({ a = u.s })`, want: cty.UnknownVal(cty.String)},
	{name: "yamlencode unknown", expr: `yamlencode([u.n])`, want: cty.UnknownVal(cty.String)},
	{name: "yamldecode unknown", expr: `yamldecode(u.s)`, want: cty.DynamicVal},
	{name: "base64encode unknown", expr: `base64encode(u.s)`, want: cty.UnknownVal(cty.String)},
}

var datesAndCryptoCases = []evalCase{
	{name: "formatdate", expr: `formatdate("YYYY-MM-DD", "2018-01-02T23:12:01Z")`, want: cty.StringVal("2018-01-02")},
	{name: "plantimestamp", expr: `plantimestamp()`, want: cty.UnknownVal(cty.String)},
	{name: "timeadd", expr: `timeadd("2017-11-22T00:00:00Z", "10m")`, want: cty.StringVal("2017-11-22T00:10:00Z")},
	{name: "timecmp", expr: `timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")`, want: cty.NumberIntVal(-1)},
	{name: "timecmp invalid", expr: `timecmp("yesterday", "2017-11-22T01:00:00Z")`, wantErr: "RFC 3339"},
	{name: "timestamp", expr: `timestamp()`, want: cty.UnknownVal(cty.String)},
	{name: "base64sha256", expr: `base64sha256("hello world")`, want: cty.StringVal("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=")},
	{name: "base64sha512", expr: `base64sha512("hello world")`,
		want: cty.StringVal("MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==")},
	{name: "bcrypt", expr: `bcrypt("hello world")`, want: cty.UnknownVal(cty.String)},
	{name: "bcrypt bad cost", expr: `bcrypt("hello world", 2)`, wantErr: "between 4 and 31"},
	{name: "md5", expr: `md5("hello world")`, want: cty.StringVal("5eb63bbbe01eeed093cb22bb8f5acdc3")},
	{name: "rsadecrypt", expr: `rsadecrypt("eczGaDhXDbOFRZ", "key")`, want: cty.UnknownVal(cty.String)},
	{name: "sha1", expr: `sha1("hello world")`, want: cty.StringVal("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed")},
	{name: "sha256", expr: `sha256("hello world")`, want: cty.StringVal("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")},
	{name: "sha512", expr: `sha512("hello world")`,
		want: cty.StringVal("309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f")},
	{name: "uuid", expr: `uuid()`, want: cty.UnknownVal(cty.String)},
	{name: "uuidv5", expr: `uuidv5("dns", "www.terraform.io")`, want: cty.StringVal("a5008fae-b28c-5ba5-96cd-82b4c53552d6")},
	{name: "sha256 unknown", expr: `sha256(u.s)`, want: cty.UnknownVal(cty.String)},
	{name: "timeadd unknown", expr: `timeadd(u.s, "1h")`, want: cty.UnknownVal(cty.String)},
}

var networkCases = []evalCase{
	{name: "cidrhost", expr: `cidrhost("10.12.112.0/20", 16)`, want: cty.StringVal("10.12.112.16")},
	{name: "cidrhost from the end", expr: `cidrhost("10.12.112.0/20", -2)`, want: cty.StringVal("10.12.127.254")},
	{name: "cidrnetmask", expr: `cidrnetmask("172.16.0.0/12")`, want: cty.StringVal("255.240.0.0")},
	{name: "cidrsubnet", expr: `cidrsubnet("172.16.0.0/12", 4, 2)`, want: cty.StringVal("172.18.0.0/16")},
	{name: "cidrsubnet negative", expr: `cidrsubnet("10.0.0.0/8", -1, 0)`, wantErr: "must not be negative"},
	{name: "cidrsubnets", expr: `cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`,
		want: cty.ListVal(strs("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"))},
	{name: "cidrsubnet unknown", expr: `cidrsubnet(u.s, 8, 1)`, want: cty.UnknownVal(cty.String)},
}

var conversionCases = []evalCase{
	{name: "can", expr: `can(tonumber("x"))`, want: cty.False},
	{name: "can succeed", expr: `can(tonumber("1"))`, want: cty.True},
	{name: "convert", expr: `convert([], list(string))`, want: cty.ListValEmpty(cty.String)},
	{name: "convert with defaults", expr: `convert({}, object({ a = optional(string, "d") }))`,
		want: cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("d")})},
	{name: "convert impossible", expr: `convert("x", number)`, wantErr: "number"},
	{name: "ephemeralasnull", expr: `ephemeralasnull("x")`, want: cty.UnknownVal(cty.String)},
	{name: "issensitive", expr: `issensitive("x")`, want: cty.False},
	{name: "nonsensitive", expr: `nonsensitive("x")`, want: cty.StringVal("x")},
	{name: "sensitive", expr: `sensitive("x")`, want: cty.StringVal("x")},
	{name: "tobool", expr: `tobool("true")`, want: cty.True},
	{name: "tolist", expr: `tolist(["a"])`, want: cty.ListVal(strs("a"))},
	{name: "tomap", expr: `tomap({ a = 1 })`, want: cty.MapVal(map[string]cty.Value{"a": cty.NumberIntVal(1)})},
	{name: "tonumber", expr: `tonumber("1")`, want: cty.NumberIntVal(1)},
	{name: "toset", expr: `toset(["a", "a"])`, want: cty.SetVal(strs("a"))},
	{name: "tostring", expr: `tostring(1)`, want: cty.StringVal("1")},
	{name: "try", expr: `try(tonumber("x"), 5)`, want: cty.NumberIntVal(5)},
	{name: "type", expr: `type(1)`, want: cty.DynamicVal},
	{name: "tostring unknown", expr: `tostring(u.n)`, want: cty.UnknownVal(cty.String)},
	{name: "convert unknown", expr: `convert(u.dyn, list(string))`, want: cty.UnknownVal(cty.List(cty.String))},
	{name: "sensitive unknown", expr: `sensitive(u.s)`, want: cty.UnknownVal(cty.String)},
	{name: "core prefix", expr: `core::upper("a")`, want: cty.StringVal("A")},
}

var pathsCases = []evalCase{
	{name: "abspath", expr: `abspath("/a/b/../c")`, want: cty.StringVal("/a/c")},
	{name: "abspath relative", expr: `abspath("a")`, want: cty.UnknownVal(cty.String)},
	{name: "basename", expr: `basename("foo/bar/baz.txt")`, want: cty.StringVal("baz.txt")},
	{name: "dirname", expr: `dirname("foo/bar/baz.txt")`, want: cty.StringVal("foo/bar")},
	{name: "pathexpand", expr: `pathexpand("/etc/hosts")`, want: cty.StringVal("/etc/hosts")},
	{name: "pathexpand home", expr: `pathexpand("~/.ssh/id_rsa")`, want: cty.UnknownVal(cty.String)},
	{name: "file", expr: `file("hello.txt")`, want: cty.StringVal("Hello World\n")},
	{name: "file not utf-8", expr: `file("binary.bin")`, wantErr: "not valid UTF-8"},
	{name: "file missing", expr: `file("missing.txt")`, wantErr: "no file exists"},
	{name: "file in parent inside root", expr: `file("../shared.txt")`, want: cty.StringVal("shared\n")},
	{name: "filebase64", expr: `filebase64("hello.txt")`, want: cty.StringVal("SGVsbG8gV29ybGQK")},
	{name: "filebase64sha256", expr: `filebase64sha256("hello.txt")`, want: cty.StringVal("0qhPS4tlCTfsj3PNi+LHSt1akRumTfJ0WO2CKdqASiY=")},
	{name: "filebase64sha512", expr: `filebase64sha512("hello.txt")`,
		want: cty.StringVal("4cES/5CP68O5ixaTps01ZOr45ebKYp0ITZ8OupkkfKzdcuNp/4lBOXwoB0Cf9mvmS+kI2hete4pJoqJsDoCGqg==")},
	{name: "fileexists", expr: `fileexists("hello.txt")`, want: cty.True},
	{name: "fileexists missing", expr: `fileexists("missing.txt")`, want: cty.False},
	{name: "fileexists folder", expr: `fileexists("files")`, wantErr: "is a directory"},
	{name: "filemd5", expr: `filemd5("hello.txt")`, want: cty.StringVal("e59ff97941044f85df5297e1c302d260")},
	{name: "fileset", expr: `fileset(".", "files/*.txt")`, want: cty.SetVal(strs("files/a.txt", "files/b.txt"))},
	{name: "fileset deep", expr: `fileset("files", "**/*.{txt,json}")`, want: cty.SetVal(strs("a.txt", "b.txt", "sub/c.txt", "sub/d.json"))},
	{name: "fileset none", expr: `fileset("files", "*.md")`, want: cty.SetValEmpty(cty.String)},
	{name: "filesha1", expr: `filesha1("hello.txt")`, want: cty.StringVal("648a6a6ffffdaa0badb23b8baf90b6168dd16b3a")},
	{name: "filesha256", expr: `filesha256("hello.txt")`, want: cty.StringVal("d2a84f4b8b650937ec8f73cd8be2c74add5a911ba64df27458ed8229da804a26")},
	{name: "filesha512", expr: `filesha512("hello.txt")`,
		want: cty.StringVal("e1c112ff908febc3b98b1693a6cd3564eaf8e5e6ca629d084d9f0eba99247cacdd72e369ff8941397c2807409ff66be64be908da17ad7b8a49a2a26c0e8086aa")},
	{name: "templatefile", expr: `templatefile("greeting.tpl", { names = ["ada", "bob"] })`,
		want: cty.StringVal("Hello, ADA!\nHello, BOB!\nTotal: 2\n")},
	{name: "file unknown", expr: `file(u.s)`, want: cty.UnknownVal(cty.String)},
	{name: "templatefile unknown vars", expr: `templatefile("greeting.tpl", u.dyn)`, want: cty.DynamicVal},
	{name: "fileset unknown", expr: `fileset(".", u.s)`, want: cty.UnknownVal(cty.Set(cty.String))},
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
