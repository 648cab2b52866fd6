package bicep

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

// TestEvaluate checks what nodes Bicep files make: for each node ID,
// attribute values by path (nil for absent or unknown).
func TestEvaluate(t *testing.T) {
	const vnetID = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/vnet"
	tests := []struct {
		name  string
		files map[string]string
		want  map[string]map[string]any
	}{
		{"parameters, variables and interpolation",
			map[string]string{"main.bicep": `param prefix string = 'ai'
var name = '${prefix}-vnet'
resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: name
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
  }
}`},
			map[string]map[string]any{"main.bicep:Microsoft.Network/virtualNetworks/ai-vnet": {
				"name": "ai-vnet", "location": "westeurope", "properties.addressSpace.addressPrefixes[0]": "10.0.0.0/16"}}},
		{"parent, nested child and symbolic ID",
			map[string]string{"main.bicep": `resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet'
  resource inner 'subnets' = {
    name: 'a'
  }
}
resource b 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' = {
  parent: vnet
  name: 'b'
  properties: { routeTable: { id: vnet.id } }
}`},
			map[string]map[string]any{
				"main.bicep:Microsoft.Network/virtualNetworks/vnet":           {"name": "vnet"},
				"main.bicep:Microsoft.Network/virtualNetworks/vnet/subnets/a": {"name": "a", "parent": vnetID},
				"main.bicep:Microsoft.Network/virtualNetworks/vnet/subnets/b": {"name": "b", "parent": vnetID, "properties.routeTable.id": vnetID},
			}},
		{"loops, conditions and filters",
			map[string]string{"main.bicep": `param names array = ['x', 'y', 'z']
resource v 'Microsoft.Network/virtualNetworks@2023-09-01' = [for (n, i) in names: if (n != 'y') {
  name: n
  properties: {
    subnets: [for s in range(0, 2): { name: '${n}${i}${s}' }]
  }
}]`},
			map[string]map[string]any{
				"main.bicep:Microsoft.Network/virtualNetworks/x": {"properties.subnets[1].name": "x01"},
				"main.bicep:Microsoft.Network/virtualNetworks/z": {"properties.subnets[0].name": "z20"},
			}},
		{"modules take parameters and give outputs",
			map[string]string{
				"main.bicep": `module net './net.bicep' = {
  name: 'net'
  params: { name: 'core' }
}
resource pip 'Microsoft.Network/publicIPAddresses@2023-09-01' = {
  name: net.outputs.vnetName
}`,
				"net.bicep": `param name string
resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: '${name}-vnet'
}
output vnetName string = vnet.name`,
			},
			map[string]map[string]any{
				"main.bicep:Microsoft.Network/publicIPAddresses/core-vnet":   {"name": "core-vnet"},
				"main.bicep:net>Microsoft.Network/virtualNetworks/core-vnet": {"name": "core-vnet"},
			}},
		{"bicepparam values and operators",
			map[string]string{
				"main.bicep": `param n int
param on bool = false
resource v 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'v${n * 2 + 1}'
  properties: {
    flag: on || n > 1 ? 'yes' : 'no'
    tag: null ?? 'fallback'
    safe: {}.?missing
  }
}`,
				"main.bicepparam": "using './main.bicep'\nparam n = 4\n",
			},
			map[string]map[string]any{"main.bicep:Microsoft.Network/virtualNetworks/v9": {
				"properties.flag": "yes", "properties.tag": "fallback", "properties.safe": nil}}},
		{"extension resource scoped to a resource, runtime properties unknown",
			map[string]string{"main.bicep": `resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {
  name: 'aks'
}
resource ext 'Microsoft.KubernetesConfiguration/extensions@2023-05-01' = {
  name: 'azureml'
  scope: aks
  properties: { issuer: aks.properties.oidcIssuerProfile.issuerURL }
}`},
			map[string]map[string]any{
				"main.bicep:Microsoft.ContainerService/managedClusters/aks": {"name": "aks"},
				"main.bicep:Microsoft.ContainerService/managedClusters/aks/providers/Microsoft.KubernetesConfiguration/extensions/azureml": {
					"scope":             "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/aks",
					"properties.issuer": nil},
			}},
		{"lambdas and user-defined functions",
			map[string]string{"main.bicep": `func suffix(s string) string => '${s}-x'
var items = filter(map([1, 2, 3], i => i * 10), v => v > 10)
resource v 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: suffix('v')
  properties: { items: items }
}`},
			map[string]map[string]any{"main.bicep:Microsoft.Network/virtualNetworks/v-x": {"properties.items": []any{int64(20), int64(30)}}}},
		{"load functions read files beside the Bicep file",
			map[string]string{
				"infra/main.bicep": `var cfg = loadJsonContent('config/app.json', '$.network.subnets[1]')
var yaml = loadYamlContent('config/app.yaml')
resource v 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: loadTextContent('config/name.txt')
  properties: {
    subnet: cfg.name
    zone: yaml.zones[0]
    cert: loadFileAsBase64('config/name.txt')
  }
}`,
				"infra/config/app.json": `{"network": {"subnets": [{"name": "a"}, {"name": "b"}]}}`,
				"infra/config/app.yaml": "zones:\n  - '1'\n  - '2'\n",
				"infra/config/name.txt": "vnet",
			},
			map[string]map[string]any{"infra/main.bicep:Microsoft.Network/virtualNetworks/vnet": {
				"properties.subnet": "b", "properties.zone": "1", "properties.cert": "dm5ldA=="}}},
		{"readEnvironmentVariable takes its default; without one it is unknown",
			map[string]string{
				"main.bicep":      "param a string\nparam b string\nresource v 'Microsoft.Network/virtualNetworks@2023-09-01' = {\n  name: a\n  properties: {\n    b: b\n  }\n}\n",
				"main.bicepparam": "using 'main.bicep'\nparam a = readEnvironmentVariable('VNET', 'from-default')\nparam b = readEnvironmentVariable('OTHER')\n",
			},
			map[string]map[string]any{"main.bicep:Microsoft.Network/virtualNetworks/from-default": {"properties.b": nil}}},
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
