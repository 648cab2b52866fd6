package arm

import (
	"strings"
	"testing"

	"github.com/moatscan/moat/graph"
)

const head = `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", `

// TestLimits checks that hostile templates end with a diagnostic and
// bounded output.
func TestLimits(t *testing.T) {
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	tests := []struct {
		name     string
		src      string
		code     string
		maxNodes int
	}{
		{"million copies", head + `"resources": [{"copy": {"name": "c", "count": 1000000}, "type": "Microsoft.Network/networkSecurityGroups", "apiVersion": "2023-09-01", "name": "[concat('n', copyIndex())]"}]}`,
			graph.CodeARMLimit, 800},
		{"copies of copies", head + `"resources": [{"copy": {"name": "c", "count": 800}, "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[concat('n', copyIndex())]",
			"properties": {"copy": [{"name": "subnets", "count": 800, "input": {"name": "[concat('s', copyIndex('subnets'))]"}}]}}]}`,
			graph.CodeARMLimit, 800},
		{"huge range", head + `"variables": {"r": "[range(0, 1000000000)]"}, "resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "v", "properties": {"x": "[variables('r')]"}}]}`,
			"", 1},
		{"deep json", head + `"resources": ` + deep + `}`, "json-limit", 0},
		{"deep expression", head + `"resources": [{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "[` +
			strings.Repeat("concat(", 100000) + "'a'" + strings.Repeat(")", 100000) + `]"}]}`, graph.CodeARMLimit, 1},
		{"template too large", head + `"variables": {"v": "` + strings.Repeat("a", 50<<20) + `"}}`, "json-limit", 0},
		{"nested deployments beyond depth", head + `"resources": [` + nestedDeployments(40) + `]}`, graph.CodeARMLimit, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := parseFiles(t, map[string]string{"main.json": tt.src}, Options{})
			if len(res.Nodes) > tt.maxNodes {
				t.Errorf("%d nodes, want at most %d", len(res.Nodes), tt.maxNodes)
			}
			found := tt.code == ""
			for _, d := range res.Diags {
				if d.Code == tt.code {
					found = true
				}
			}
			if !found {
				t.Errorf("no %s diagnostic in %v", tt.code, res.Diags)
			}
		})
	}
}

// nestedDeployments nests n inline deployments.
func nestedDeployments(n int) string {
	inner := `{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "v"}`
	for i := range n {
		inner = `{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d` + strings.Repeat("x", i%3) + `",
			"properties": {"mode": "Incremental", "expressionEvaluationOptions": {"scope": "inner"}, "template": ` + head + `"resources": [` + inner + `]}}}`
	}
	return inner
}
