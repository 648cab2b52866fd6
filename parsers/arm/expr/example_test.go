package expr_test

import (
	"errors"
	"fmt"

	"github.com/moatscan/moat/parsers/arm/expr"
	"github.com/moatscan/moat/parsers/arm/funcs"
	"github.com/moatscan/moat/parsers/arm/value"
)

// params is a Scope with parameters only.
type params map[string]any

func (p params) Parameter(name string) (any, error) {
	if v, ok := p[name]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("parameter '%s' is not defined", name)
}

func (params) Variable(name string) (any, error) {
	return nil, fmt.Errorf("variable '%s' is not defined", name)
}

func (params) CopyIndex(string) (int64, error) { return 0, errors.New("not in a copy loop") }

func (params) Function(string, string) (*expr.Function, bool) { return nil, false }

func (params) Ctx() *funcs.Ctx { return &funcs.Ctx{Budget: funcs.DefaultBudget()} }

func Example() {
	scope := params{
		"tls":     true,
		"ports":   []any{int64(80), int64(443)},
		"cluster": &value.Unknown{Reason: "reference() is known only at deployment", Text: "[reference('aks')]", Ref: &value.Ref{Target: "aks"}},
	}

	e, err := expr.Parse("[if(parameters('tls'), parameters('ports')[1], parameters('ports')[0])]")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := e.Eval(scope)
	fmt.Println(v)

	// Walk finds what an expression reads.
	expr.Walk(e.Root, func(n expr.Node) bool {
		if c, ok := n.(*expr.Call); ok && c.Is("parameters") {
			name, _ := c.StringArg(0)
			fmt.Println("reads", name, "at", e.Text(c))
		}
		return true
	})

	// An access on an unknown value extends what it reads.
	e, _ = expr.Parse("[parameters('cluster').oidcIssuerProfile.issuerURL]")
	v, _ = e.Eval(scope)
	u := v.(*value.Unknown)
	fmt.Println(u.Text, u.Ref.Path)

	// Errors carry the byte offsets of the failing part.
	_, err = expr.Parse("[concat('a' 'b')]")
	var pe *expr.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Start, pe.End, pe.Msg)
	}
	// Output:
	// 443
	// reads tls at parameters('tls')
	// reads ports at parameters('ports')
	// reads ports at parameters('ports')
	// [reference('aks').oidcIssuerProfile.issuerURL] [oidcIssuerProfile issuerURL]
	// 12 15 expected ',' or ')' after an argument of concat, found the string 'b'
}
