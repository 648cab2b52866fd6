package bicep

import (
	"fmt"
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
)

// TestLimits feeds hostile files: each ends with the diagnostic that says
// what was left out, in bounded time and memory, and never a crash.
func TestLimits(t *testing.T) {
	chain := map[string]string{}
	for i := range 40 {
		chain[fmt.Sprintf("m%02d.bicep", i)] = fmt.Sprintf("module next 'm%02d.bicep' = {\n  name: 'n%d'\n}\n", i+1, i)
	}
	chain["m40.bicep"] = "resource v 'Microsoft.Network/virtualNetworks@2024-05-01' = {\n  name: 'deep'\n}\n"
	tests := []struct {
		name  string
		files map[string]string
		code  string
	}{
		{"deep nesting", map[string]string{"main.bicep": "var x = " + strings.Repeat("[", 100_000) + "\n"}, graph.CodeBicepLimit},
		{"deep parentheses", map[string]string{"main.bicep": "var x = " + strings.Repeat("(", 100_000) + "1\n"}, graph.CodeBicepLimit},
		{"a loop beyond ARM's 800", map[string]string{"main.bicep": "resource v 'Microsoft.Network/virtualNetworks@2024-05-01' = [for i in range(0, 5000): {\n  name: 'v${i}'\n}]\n"}, graph.CodeBicepLimit},
		{"loops of loops", map[string]string{"main.bicep": "var xs = [for i in range(0, 800): [for j in range(0, 800): [for k in range(0, 800): k]]]\n"}, graph.CodeBicepLimit},
		{"resources beyond the unit's bound", map[string]string{"main.bicep": strings.Repeat("resource v 'Microsoft.Network/virtualNetworks@2024-05-01' = [for i in range(0, 800): {\n  name: 'v${i}'\n}]\n", 1) +
			"module m 'm.bicep' = [for i in range(0, 800): {\n  name: 'm${i}'\n}]\n", "m.bicep": "resource v 'Microsoft.Network/virtualNetworks@2024-05-01' = [for i in range(0, 800): {\n  name: 'v${i}'\n}]\n"}, graph.CodeBicepLimit},
		{"a function calling itself", map[string]string{"main.bicep": "func f(x int) int => f(x + 1)\nvar y = f(0)\n"}, graph.CodeBicepLimit},
		{"doubling values", map[string]string{"main.bicep": "var x = reduce(range(0, 64), ['a'], (acc, i) => concat(acc, acc))\n"}, graph.CodeBicepLimit},
		{"modules 40 deep", chain, graph.CodeBicepLimit},
		{"variables in a cycle", map[string]string{"main.bicep": "var a = b\nvar b = a\n"}, graph.CodeBicepExpr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := parseFiles(t, tt.files, Options{})
			for _, d := range res.Diags {
				if d.Code == tt.code {
					return
				}
			}
			t.Errorf("no %s diagnostic: %v", tt.code, res.Diags)
		})
	}
}
