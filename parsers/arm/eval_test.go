package arm

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

// tpl wraps resources (and other sections) in a template.
func tpl(sections string) string {
	return `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", ` + sections + `}`
}

// TestEvaluate checks what nodes a template makes: for each node ID
// suffix, attribute values by path ("" for absent or unknown).
func TestEvaluate(t *testing.T) {
	vnet := `{"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": `
	tests := []struct {
		name  string
		files map[string]string
		want  map[string]map[string]any // node ID → path → value
	}{
		{"outer scope reads the parent's parameters",
			map[string]string{"main.json": tpl(`"parameters": {"p": {"type": "string", "defaultValue": "outer"}}, "resources": [
				{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d", "properties": {"mode": "Incremental",
				 "template": {"resources": [` + vnet + `"[parameters('p')]"}]}}}]`)},
			map[string]map[string]any{"main.json:d>Microsoft.Network/virtualNetworks/outer": {"name": "outer"}}},
		{"inner scope takes the deployment's parameters",
			map[string]string{"main.json": tpl(`"parameters": {"p": {"type": "string", "defaultValue": "outer"}}, "resources": [
				{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "d", "properties": {"mode": "Incremental",
				 "expressionEvaluationOptions": {"scope": "inner"}, "parameters": {"p": {"value": "[concat(parameters('p'), '-in')]"}},
				 "template": {"parameters": {"p": {"type": "string"}}, "resources": [` + vnet + `"[parameters('p')]"}]}}}]`)},
			map[string]map[string]any{"main.json:d>Microsoft.Network/virtualNetworks/outer-in": {"name": "outer-in"}}},
		{"copyIndex without a name reads the resource loop",
			map[string]string{"main.json": tpl(`"resources": [{"copy": {"name": "r", "count": 2}, "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01",
				"name": "[concat('v', copyIndex())]", "properties": {"copy": [{"name": "subnets", "count": 2,
				"input": {"name": "[concat('s', copyIndex(), copyIndex('subnets'))]"}}]}}]`)},
			map[string]map[string]any{
				"main.json:Microsoft.Network/virtualNetworks/v0": {"properties.subnets[0].name": "s00", "properties.subnets[1].name": "s01"},
				"main.json:Microsoft.Network/virtualNetworks/v1": {"properties.subnets[0].name": "s10", "properties.subnets[1].name": "s11"},
			}},
		{"false condition drops, unknown condition keeps",
			map[string]string{"main.json": tpl(`"parameters": {"on": {"type": "bool"}}, "resources": [
				{"condition": false, ` + vnet[1:] + `"off"}, {"condition": "[parameters('on')]", ` + vnet[1:] + `"maybe"}]`)},
			map[string]map[string]any{"main.json:Microsoft.Network/virtualNetworks/maybe": {"name": "maybe"}}},
		{"legacy extension form",
			map[string]string{"main.json": tpl(`"resources": [{"type": "Microsoft.ContainerService/managedClusters/providers/extensions", "apiVersion": "2023-05-01",
				"name": "aks/Microsoft.KubernetesConfiguration/azureml", "properties": {"extensionType": "Microsoft.AzureML.Kubernetes"}}]`)},
			map[string]map[string]any{"main.json:Microsoft.ContainerService/managedClusters/aks/providers/Microsoft.KubernetesConfiguration/extensions/azureml": {
				"scope": "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/aks"}}},
		{"reference reads a nested deployment's output",
			map[string]string{"main.json": tpl(`"resources": [` + vnet + `"[reference('net').outputs.name.value]"},
				{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "net", "properties": {"mode": "Incremental",
				 "expressionEvaluationOptions": {"scope": "inner"}, "template": {"resources": [], "outputs": {"name": {"type": "string", "value": "from-output"}}}}}]`)},
			map[string]map[string]any{"main.json:Microsoft.Network/virtualNetworks/from-output": {"name": "from-output"}}},
		{"parameters files by name, one evaluation each",
			map[string]string{
				"main.json":                 tpl(`"parameters": {"n": {"type": "string"}}, "resources": [` + vnet + `"[parameters('n')]"}]`),
				"main.parameters.dev.json":  `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {"n": {"value": "dev"}}}`,
				"main.prod.parameters.json": `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {"n": {"value": "prod"}}}`,
			},
			map[string]map[string]any{
				"main.json[main.parameters.dev.json]:Microsoft.Network/virtualNetworks/dev":   {"name": "dev"},
				"main.json[main.prod.parameters.json]:Microsoft.Network/virtualNetworks/prod": {"name": "prod"},
			}},
		{"unknown names stay apart",
			map[string]string{"main.json": tpl(`"parameters": {"n": {"type": "string"}}, "resources": [{"copy": {"name": "c", "count": 2}, ` + vnet[1:] + `"[parameters('n')]"}]`)},
			map[string]map[string]any{
				"main.json:Microsoft.Network/virtualNetworks/[parameters('n')]":    {"name": nil},
				"main.json:Microsoft.Network/virtualNetworks/[parameters('n')][1]": {"name": nil},
			}},
		{"an existing resource the unit declares is that resource",
			map[string]string{"main.json": tpl(`"languageVersion": "2.0", "resources": {
				"net": {"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "net", "properties": {"mode": "Incremental",
				 "expressionEvaluationOptions": {"scope": "inner"}, "template": {"resources": [` + vnet + `"core"}]}}},
				"vnet": {"existing": true, "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "core", "dependsOn": ["net"]},
				"pip": {"type": "Microsoft.Network/publicIPAddresses", "apiVersion": "2023-09-01", "name": "pip", "properties": {"vnet": "[resourceId('Microsoft.Network/virtualNetworks', 'core')]"}}}`)},
			map[string]map[string]any{
				"main.json:net>Microsoft.Network/virtualNetworks/core": {"name": "core"},
				"main.json:Microsoft.Network/publicIPAddresses/pip":    {"name": "pip"},
			}},
		{"case-insensitive keys and names",
			map[string]string{"main.json": tpl(`"Resources": [{"TYPE": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "Name": "[VARIABLES('V')]"}], "variables": {"v": "x"}`)},
			map[string]map[string]any{"main.json:Microsoft.Network/virtualNetworks/x": {"name": "x"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := parseFiles(t, tt.files, Options{})
			got := map[string]map[string]any{}
			for _, n := range res.Nodes {
				if want, ok := tt.want[n.ID]; ok {
					got[n.ID] = map[string]any{}
					for p := range want {
						path, err := graph.ParsePath(p)
						if err != nil {
							t.Fatal(err)
						}
						got[n.ID][p], _ = graph.Lookup(n.Attrs, path)
					}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				var ids []string
				for _, n := range res.Nodes {
					ids = append(ids, n.ID)
				}
				t.Errorf("nodes (-want +got):\n%s\nall: %s\ndiagnostics: %v", diff, strings.Join(ids, ", "), res.Diags)
			}
			if len(res.Nodes) != len(tt.want) {
				t.Errorf("%d nodes, want %d", len(res.Nodes), len(tt.want))
			}
		})
	}
}
