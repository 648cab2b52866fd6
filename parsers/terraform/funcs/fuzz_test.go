package funcs

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// hostile are expressions that must end in an error, quickly.
var hostile = []string{
	`range(0, 1e12)`,
	`setproduct(range(1000), range(1000), range(1000))`,
	`format("%99999999999999999999s", "x")`,
	`formatlist("%9999s", flatten(tolist([for i in range(10) : range(1000)])))`,
	`indent(1000000000, "a\nb")`,
	`replace(replace(replace(replace(replace(replace("aaaaaaaa", "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")`,
	`join(join("", range(1000)), flatten(tolist([for i in range(30) : range(1000)])))`,
	`flatten([for i in range(30) : range(1000)])`,
	`jsondecode(join("", [for i in range(1000) : "[[[[[[[[[[[[[[[[[[[[" ]))`,
	`yamldecode("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]")`,
	`tostring(1e100000000)`,
	`log(0, 0)`,
	`pow(-8, 0.5)`,
	`cidrsubnet("10.0.0.0/8", -4, -1)`,
	`cidrhost("::/0", 1e30)`,
	`file("/etc/passwd")`,
	`fileset("/", "**")`,
	`templatefile("nested.tpl", { depth = 0 })`,
}

func FuzzCall(f *testing.F) {
	for _, cases := range allCases() {
		for _, c := range cases {
			f.Add(c.expr)
		}
	}
	for _, h := range hostile {
		f.Add(h)
	}
	tpls, _ := filepath.Glob(filepath.Join("testdata", "root", "module", "*.tpl"))
	for _, p := range tpls {
		if b, err := os.ReadFile(p); err == nil {
			f.Add("templatestring(" + strconv.Quote(string(b)) + ", { names = [\"a\"], depth = 0, name = \"n\", tags = [] })")
		}
	}
	fns := Table(testOptions(f))
	f.Fuzz(func(t *testing.T, src string) {
		// Nested for expressions and directives are HCL's own loops, which
		// no function limit reaches: three over range(1024) make a billion
		// elements. Bounding them is the evaluator's business.
		if strings.Count(src, "for") > 1 {
			return
		}
		// go-cty compares and converts numbers through their decimal text,
		// so 1e-770707 alone takes minutes to compare; numbers that long
		// are the evaluator's to refuse, where literals are read.
		if longExponent.MatchString(src) {
			return
		}
		expr, diags := hclsyntax.ParseExpression([]byte(src), "fuzz.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		start := time.Now()
		first, diags1 := expr.Value(&hcl.EvalContext{Functions: fns, Variables: unknowns})
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("%q took %s", src, d)
		}
		for _, d := range diags1 {
			// go-cty's operators panic on some infinities, and go-cty turns
			// panics into errors; a function of the table must not panic.
			if _, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d); ok && strings.Contains(d.Detail, "panic in function implementation") {
				t.Fatalf("%q: a function panicked: %s", src, d.Detail)
			}
		}
		for _, d := range diags1 {
			if d.Subject == nil || d.Subject.Filename != "fuzz.tf" {
				continue
			}
			if d.Subject.Start.Byte < 0 || d.Subject.End.Byte > len(src) || d.Subject.Start.Byte > d.Subject.End.Byte {
				t.Fatalf("%q: range %s outside the input", src, d.Subject)
			}
		}
		second, diags2 := expr.Value(&hcl.EvalContext{Functions: fns, Variables: unknowns})
		if a, b := diagText(diags1), diagText(diags2); a != b {
			t.Fatalf("%q: diagnostics differ:\n%s\n%s", src, a, b)
		}
		if !diags1.HasErrors() && !first.RawEquals(second) {
			t.Fatalf("%q: results differ: %#v, %#v", src, first, second)
		}
	})
}

// TestHostile checks that each hostile expression is refused.
func TestHostile(t *testing.T) {
	fns := Table(testOptions(t))
	for _, src := range hostile {
		t.Run(src[:min(len(src), 40)], func(t *testing.T) {
			start := time.Now()
			got, diags := eval(t, fns, src)
			if !diags.HasErrors() {
				t.Errorf("%s gave a %s; want an error", src, got.Type().FriendlyName())
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s took %s", src, d)
			}
		})
	}
}

// longExponent finds number literals with exponents of five digits.
var longExponent = regexp.MustCompile(`[0-9.][eE][-+]?[0-9]{5}`)

// suggestion is HCL's "did you mean" for an unknown name, which it picks
// among equally close names in map order.
var suggestion = regexp.MustCompile(`Did you mean "[^"]*"\?`)

// panicTrace is the stack go-cty appends to a panic it turned into an
// error (its operators panic on some infinities, as in 1/0 % 1).
var panicTrace = regexp.MustCompile(`(?s)panic in function implementation: .*`)

// diagText is the text of diagnostics, without HCL's suggestions and
// go-cty's stacks.
func diagText(diags hcl.Diagnostics) string {
	s := suggestion.ReplaceAllString(diags.Error(), "Did you mean …?")
	return panicTrace.ReplaceAllString(s, "panic in function implementation")
}
