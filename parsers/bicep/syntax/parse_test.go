package syntax

import (
	"strings"
	"testing"
)

// tree renders the statements of f with dumpExpr, one a line.
func tree(f *File) string {
	parts := make([]string, len(f.Stmts))
	for i, s := range f.Stmts {
		parts[i] = dumpExpr(s)
	}
	return strings.Join(parts, "\n")
}

// TestParse parses each construct of the language into the expected tree,
// without diagnostics.
func TestParse(t *testing.T) {
	tests := []struct{ src, want string }{
		{"targetScope = 'subscription'", `TargetScope("subscription")`},
		{"metadata info = { a: 1 }", `Metadata(info Object(Property[Key="a"](1)))`},
		{"@secure()\n@sys.description('d')\nparam p string", `Param(Decorator(Call(secure)) Decorator(Call(sys description "d")) p TypeRef[Name="string"])`},
		{"param p int = 1", `Param(p TypeRef[Name="int"] 1)`},
		{"param p resource 'Microsoft.Storage/storageAccounts@2023-01-01'", `Param(p "Microsoft.Storage/storageAccounts@2023-01-01")`},
		{"@allowed([\n  'a'\n  'b'\n])\nparam p string = 'a'", `Param(Decorator(Call(allowed Array("a" "b"))) p TypeRef[Name="string"] "a")`},
		{"var v = 1", `Var(v 1)`},
		{"var v string[] = []", `Var(v TypeArray(TypeRef[Name="string"]) Array)`},
		{"type t = 'a' | 'b'", `TypeDecl(t TypeUnion(TypeLiteral("a") TypeLiteral("b")))`},
		{"type t = [string, int?]", `TypeDecl(t TypeTuple(TypeRef[Name="string"] TypeNullable(TypeRef[Name="int"])))`},
		{"type t = resourceInput<'T@1'>.properties.tags.*", `TypeDecl(t TypeResource[Kind="resourceInput" Path=".properties.tags.*"]("T@1"))`},
		{"type t = sys.resourceOutput<'T@1'>", `TypeDecl(t TypeResource[Kind="resourceOutput"]("T@1"))`},
		{"type t = (a | b)![]", `TypeDecl(t TypeArray(TypeNonNull(TypeParen(TypeUnion(TypeRef[Name="a"] TypeRef[Name="b"])))))`},
		{"type t = foo.bar[*][0]", `TypeDecl(t TypeRef[Name="foo.bar[*][0]"])`},
		{"type t = -1 | !true | null | '''x'''", `TypeDecl(t TypeUnion(TypeLiteral(Unary[Op="-"](1)) TypeLiteral(Unary[Op="!"](true)) TypeLiteral(null) TypeLiteral(String[Parts=["x"] Multiline])))`},
		{"output o string = 'x'", `Output(o TypeRef[Name="string"] "x")`},
		{"output o resource 'T@1' = r", `Output(o "T@1" r)`},
		{"func f(a string, b int) string => '${a}${b}'", `Func(f Lambda(LambdaParam(a TypeRef[Name="string"]) LambdaParam(b TypeRef[Name="int"]) TypeRef[Name="string"] String[Parts=["","",""]](a b)))`},
		{"import {a, 'b-c' as d} from 'x.bicep'", `Import(ImportSymbol(a) ImportSymbol(b-c d) "x.bicep")`},
		{"import * as ns from 'x.bicep'", `Import(ns "x.bicep")`},
		{"@description('d')\nimport {\n  a\n  b as c\n} from 'x.bicep'", `Import(Decorator(Call(description "d")) ImportSymbol(a) ImportSymbol(b c) "x.bicep")`},
		{"import 'az@1.0.0'", `Extension("az@1.0.0")`},
		{"import 'kubernetes@1.0.0' with {\n  namespace: 'x'\n} as k8s", `Extension("kubernetes@1.0.0" Object(Property[Key="namespace"]("x")) k8s)`},
		{"extension az", `Extension(az)`},
		{"extension kubernetes as k8s", `Extension(kubernetes k8s)`},
		{"extension 'br:x:1' with { a: 1 } as ext", `Extension("br:x:1" Object(Property[Key="a"](1)) ext)`},
		{"resource r 'T@1' = {\n  name: 'r'\n}", `Resource(r "T@1" Object(Property[Key="name"]("r")))`},
		{"resource r 'T@1' existing = {\n  name: 'r'\n}", `Resource[Existing](r "T@1" Object(Property[Key="name"]("r")))`},
		{"resource r 'T@1' = if (c) {\n  name: 'r'\n}", `Resource(r "T@1" If(c Object(Property[Key="name"]("r"))))`},
		{"resource r 'T@1' = [for x in xs: {\n  name: x\n}]", `Resource(r "T@1" For(x xs Object(Property[Key="name"](x))))`},
		{"resource r 'T@1' = [for (x, i) in xs: if (i > 0) {\n  name: x\n}]", `Resource(r "T@1" For(x i xs If(Binary[Op=">"](i 0) Object(Property[Key="name"](x)))))`},
		{"resource r 'T@1' = {\n  name: 'r'\n  resource c 'child' = {\n    name: 'c'\n  }\n  @batchSize(1)\n  resource d 'child' = [for i in range(0, 2): {}]\n}", `Resource(r "T@1" Object(Property[Key="name"]("r") Resource(c "child" Object(Property[Key="name"]("c"))) Resource(Decorator(Call(batchSize 1)) d "child" For(i Call(range 0 2) Object))))`},
		{"module m './m.bicep' = {\n  name: 'm'\n}", `Module(m "./m.bicep" Object(Property[Key="name"]("m")))`},
		{"@batchSize(2)\nmodule m 'br:x/y:1' = [for i in range(0, 3): {}]", `Module(Decorator(Call(batchSize 2)) m "br:x/y:1" For(i Call(range 0 3) Object))`},
		{"test t 'main.bicep' = {\n  params: {}\n}", `Test(t "main.bicep" Object(Property[Key="params"](Object)))`},
		{"assert a = 1 == 1", `Assert(a Binary[Op="=="](1 1))`},
		{"var v = a || b && c == d < e + f * g", `Var(v Binary[Op="||"](a Binary[Op="&&"](b Binary[Op="=="](c Binary[Op="<"](d Binary[Op="+"](e Binary[Op="*"](f g)))))))`},
		{"var v = a ?? b ?? c", `Var(v Binary[Op="??"](Binary[Op="??"](a b) c))`},
		{"var v = !a == -b", `Var(v Binary[Op="=="](Unary[Op="!"](a) Unary[Op="-"](b)))`},
		{"var v = a ? b : c ? d : e", `Var(v Ternary(a b Ternary(c d e)))`},
		{"var v = a.b.?c[0][?'k'][^1][?^2]!.d::e.f(1)", `Var(v Call(Child(Access(NonNull(Index[Safe FromEnd](Index[FromEnd](Index[Safe](Index(Access[Safe](Access(a b) c) 0) "k") 1) 2)) d) e) f 1))`},
		{"var v = sys.concat('a', az.resourceGroup().location)", `Var(v Call(sys concat "a" Access(Call(az resourceGroup) location)))`},
		{"var v = kv.getSecret('s')", `Var(v Call(kv getSecret "s"))`},
		{"var v = x => x.y", `Var(v Lambda(LambdaParam(x) Access(x y)))`},
		{"var v = map(xs, (x, i) => x + i)", `Var(v Call(map xs Lambda(LambdaParam(x) LambdaParam(i) Binary[Op="+"](x i))))`},
		{"var v = () => 1", `Var(v Lambda(1))`},
		{"var v = (a + b) * c", `Var(v Binary[Op="*"](Paren(Binary[Op="+"](a b)) c))`},
		{"var v = [for x in xs: x]", `Var(v For(x xs x))`},
		{"var v = [...a, 1]", `Var(v Array(Spread(a) 1))`},
		{"var v = {\n  ...a\n  b: 1\n  'c': 2\n  '${k}': 3\n  resource: 4\n  if: 5\n}", `Var(v Object(Property[Spread](a) Property[Key="b"](1) Property[Key="c"](2) Property(String[Parts=["",""]](k) 3) Property[Key="resource"](4) Property[Key="if"](5)))`},
		{"var v = { a: 1, b: 2, }", `Var(v Object(Property[Key="a"](1) Property[Key="b"](2)))`},
		{"var v = 'a${b}c${d}'", `Var(v String[Parts=["a","c",""]](b d))`},
		{"var v = '''\nline\n'''", "Var(v String[Parts=[\"line\\n\"] Multiline])"},
		{"var v = -9223372036854775808", `Var(v Unary[Op="-"](-9223372036854775808))`},
		{"var v = if", `Var(v if)`},
		{"using 'main.bicep'", `Using("main.bicep")`},
		{"using none", `Using`},
		// newline sensitivity
		{"var v = concat(\n  'a',\n  'b'\n)", `Var(v Call(concat "a" "b"))`},
		{"var v = ['a', 'b'\n'c', 'd'\n]", `Var(v Array("a" "b" "c" "d"))`},
		{"var v = { a: 1, b: 2\nc: 3 }", `Var(v Object(Property[Key="a"](1) Property[Key="b"](2) Property[Key="c"](3)))`},
		{"var v = [\n  for i in range(0, 2) : i\n]", `Var(v For(i Call(range 0 2) i))`},
		{"var v = a\n  ? b\n  : c", `Var(v Ternary(a b c))`},
		{"var v = reduce(xs, 0, (\n  cur,\n  next\n) => cur + next)", `Var(v Call(reduce xs 0 Lambda(LambdaParam(cur) LambdaParam(next) Binary[Op="+"](cur next))))`},
		{"type t =\n  | 'a'\n  | 'b'", `TypeDecl(t TypeUnion(TypeLiteral("a") TypeLiteral("b")))`},
		{"type t = ['a']\n|['b']", `TypeDecl(t TypeUnion(TypeTuple(TypeLiteral("a")) TypeTuple(TypeLiteral("b"))))`},
		{"module m 'm.bicep' =\n// comment\nif (c) {}", `Module(m "m.bicep" If(c Object))`},
		{"var a = 1\nvar b = 2\n\n\nvar c = 3", "Var(a 1)\nVar(b 2)\nVar(c 3)"},
		{"var v = f(x => // comment\n{\n})", `Var(v Call(f Lambda(LambdaParam(x) Object)))`},
		// keywords are contextual
		{"var if = true\nvar v = if && resource", "Var(if true)\nVar(v Binary[Op=\"&&\"](if resource))"},
		{"var v = { param: 1, for: 2, var: 3 }", `Var(v Object(Property[Key="param"](1) Property[Key="for"](2) Property[Key="var"](3)))`},
		{"var v = a.if.resource", `Var(v Access(Access(a if) resource))`},
		// strings
		{`var v = 'it\'s \${x} \u{1F600}'`, `Var(v "it's ${x} 😀")`},
		{"var v = 'a${'b${c}'}'", `Var(v String[Parts=["a",""]](String[Parts=["b",""]](c)))`},
		{"var v = '${ {a: 1}.a }'", `Var(v String[Parts=["",""]](Access(Object(Property[Key="a"](1)) a)))`},
		{"var v = ''''a''''", `Var(v String[Parts=["'a'"] Multiline])`},
		{"var v = $$'''${a}$${b}'''", `Var(v String[Parts=["${a}",""] Multiline](b))`},
		{"var v = $'''\r\nx${y}\r\n'''", `Var(v String[Parts=["x","\r\n"] Multiline](y))`},
		{"\uFEFFvar v = 1", `Var(v 1)`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			f := Parse("main.bicep", []byte(tt.src))
			for _, d := range f.Diags {
				t.Errorf("diagnostic: %s", d.Error())
			}
			if got := tree(f); got != tt.want {
				t.Errorf("tree:\n got %s\nwant %s", got, tt.want)
			}
			checkSpans(t, f)
		})
	}
}

// TestParseParams parses .bicepparam statements, whose param values are
// any expression.
func TestParseParams(t *testing.T) {
	tests := []struct{ src, want string }{
		{"using './main.bicep'\nparam a = 'x'", "Using(\"./main.bicep\")\nParam(a \"x\")"},
		{"using none\nparam a = readEnvironmentVariable('A', 'd')", "Using\nParam(a Call(readEnvironmentVariable \"A\" \"d\"))"},
		{"using 'main.bicep'\nparam s = az.getSecret('sub', 'rg', 'kv', 'name')", "Using(\"main.bicep\")\nParam(s Call(az getSecret \"sub\" \"rg\" \"kv\" \"name\"))"},
		{"extends 'base.bicepparam'\nvar v = 1\nparam p = v + 1", "Extends(\"base.bicepparam\")\nVar(v 1)\nParam(p Binary[Op=\"+\"](v 1))"},
		{"import {t} from 'types.bicep'\ntype u = t[]\nfunc f() int => 1\nparam o = {\n  a: [\n    1\n  ]\n}", "Import(ImportSymbol(t) \"types.bicep\")\nTypeDecl(u TypeArray(TypeRef[Name=\"t\"]))\nFunc(f Lambda(TypeRef[Name=\"int\"] 1))\nParam(o Object(Property[Key=\"a\"](Array(1))))"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			f := ParseParams("main.bicepparam", []byte(tt.src))
			if !f.Params {
				t.Error("Params not set")
			}
			for _, d := range f.Diags {
				t.Errorf("diagnostic: %s", d.Error())
			}
			if got := tree(f); got != tt.want {
				t.Errorf("tree:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}
