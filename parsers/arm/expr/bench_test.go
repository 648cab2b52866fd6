package expr

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/funcs"
)

// benchSrc is a realistic expression: a subnet ID built from parameters,
// variables and the copy index.
const benchSrc = "[resourceId('Microsoft.Network/virtualNetworks/subnets', format('{0}-vnet', parameters('name')), concat('snet-', variables('prefix'), '-', string(copyIndex(1))))]"

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := Parse(benchSrc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEval(b *testing.B) {
	for _, name := range []string{"resourceId", "format", "concat", "string"} {
		if _, ok := funcs.Lookup(name); !ok {
			b.Skipf("the function library has no %s()", name)
		}
	}
	useLibrary(b, funcs.Lookup)
	e := mustParse(b, benchSrc)
	s := newScope()
	s.ctx = &funcs.Ctx{Env: funcs.NewEnv(funcs.ResourceGroup)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Eval(s); err != nil {
			b.Fatal(err)
		}
	}
}
