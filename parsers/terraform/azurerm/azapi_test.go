package azurerm

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

func azapi(typ string, attrs obj) *tfmodel.Resource {
	r := resource(typ, attrs)
	r.Provider = tfmodel.Provider{Name: "azapi", Constraint: "~> 2.0", Major: 2}
	return r
}

func TestAzapi(t *testing.T) {
	compute := obj{"properties": obj{"computeType": "Kubernetes", "resourceId": "/aks",
		"properties": obj{"namespace": "azureml", "defaultInstanceType": "default"}}, "location": "westeurope"}
	runNodeCases(t, []nodeCase{
		{"object body", azapi("azapi_resource", obj{
			"type": "Microsoft.MachineLearningServices/workspaces/computes@2024-10-01", "name": "k8s",
			"parent_id": "/mlw", "body": compute, "schema_validation_enabled": false,
			"identity": blk1(obj{"type": "SystemAssigned", "identity_ids": []any{}}),
		}), expect{
			typ: "Microsoft.MachineLearningServices/workspaces/computes", name: "k8s",
			attrs: obj{"name": "k8s", "parent": "/mlw", "location": "westeurope", "identity": obj{"type": "SystemAssigned"},
				"properties": obj{"computeType": "Kubernetes", "resourceId": "/aks",
					"properties": obj{"namespace": "azureml", "defaultInstanceType": "default"}}},
			facts: obj{"api_version": "2024-10-01"},
		}},
		{"jsonencoded body", azapi("azapi_resource", obj{
			"type": "Microsoft.MachineLearningServices/workspaces/computes@2024-10-01", "name": "k8s", "parent_id": "/mlw",
			"body": `{"location":"westeurope","properties":{"computeType":"Kubernetes","resourceId":"/aks",` +
				`"properties":{"namespace":"azureml","defaultInstanceType":"default"}}}`,
		}), expect{
			typ: "Microsoft.MachineLearningServices/workspaces/computes", name: "k8s",
			attrs: obj{"name": "k8s", "parent": "/mlw", "location": "westeurope",
				"properties": obj{"computeType": "Kubernetes", "resourceId": "/aks",
					"properties": obj{"namespace": "azureml", "defaultInstanceType": "default"}}},
			facts: obj{"api_version": "2024-10-01"},
		}},
		{"numbers in a json body", azapi("azapi_resource", obj{
			"type": "Microsoft.Network/virtualNetworks/subnets", "name": "s", "parent_id": "/vnet",
			"body": `{"properties":{"count":3,"ratio":0.5}}`,
		}), expect{
			typ:   "Microsoft.Network/virtualNetworks/subnets",
			attrs: obj{"name": "s", "parent": "/vnet", "properties": obj{"count": int64(3), "ratio": 0.5}},
		}},
		{"extension scope", azapi("azapi_resource", obj{
			"type": "Microsoft.KubernetesConfiguration/extensions@2023-05-01", "name": "flux", "parent_id": "/aks",
			"body": obj{"properties": obj{"extensionType": "microsoft.flux"}},
		}), expect{
			typ: "Microsoft.KubernetesConfiguration/extensions", name: "flux",
			attrs: obj{"name": "flux", "scope": "/aks", "properties": obj{"extensionType": "microsoft.flux"}},
			facts: obj{"api_version": "2023-05-01"},
		}},
		{"update resource", azapi("azapi_update_resource", obj{
			"type": "Microsoft.ContainerService/managedClusters@2025-05-01", "resource_id": "/aks",
			"body": obj{"properties": obj{"networkProfile": obj{"outboundType": "block"}}},
		}), expect{
			typ: "Microsoft.ContainerService/managedClusters", name: "x",
			attrs: obj{"parent": "/aks", "properties": obj{"networkProfile": obj{"outboundType": "block"}}},
			facts: obj{"api_version": "2025-05-01", "update": true},
		}},
		{"unknown body", unknown(azapi("azapi_resource", obj{"type": "Microsoft.Storage/storageAccounts@2023-01-01",
			"name": "st", "body": nil}), "body"), expect{
			typ: "Microsoft.Storage/storageAccounts", name: "st", attrs: obj{"name": "st"},
			unknown: []string{"properties"}, facts: obj{"api_version": "2023-01-01"},
		}},
		{"unknown body value", unknown(azapi("azapi_resource", obj{"type": "Microsoft.Storage/storageAccounts@2023-01-01",
			"name": "st", "body": obj{"properties": obj{"publicNetworkAccess": nil}}}), "body.properties.publicNetworkAccess"), expect{
			typ: "Microsoft.Storage/storageAccounts", name: "st",
			attrs:   obj{"name": "st", "properties": obj{"publicNetworkAccess": nil}},
			unknown: []string{"properties.publicNetworkAccess"}, facts: obj{"api_version": "2023-01-01"},
		}},
		{"body that is not json", azapi("azapi_resource", obj{"type": "Microsoft.Storage/storageAccounts",
			"name": "st", "body": "{not json"}), expect{
			typ: "Microsoft.Storage/storageAccounts", name: "st", attrs: obj{"name": "st"}, unknown: []string{"properties"},
		}},
		{"type unknown", unknown(azapi("azapi_resource", obj{"name": "st", "type": nil}), "type"), expect{
			typ: "azapi_resource", name: "st", attrs: obj{"name": "st", "type": nil}, unknown: []string{"type"},
		}},
		{"other azapi types pass through", azapi("azapi_resource_action", obj{"type": "Microsoft.X/y@1", "action": "a"}), expect{
			typ: "azapi_resource_action", attrs: obj{"type": "Microsoft.X/y@1", "action": "a"},
		}},
	})
}

func TestAzapiLocations(t *testing.T) {
	r := azapi("azapi_resource", obj{
		"type": "Microsoft.ContainerService/managedClusters@2025-05-01", "name": "aks",
		"body": `{"properties":{"networkProfile":{"outboundType":"block"}}}`,
	})
	r.Ranges = map[string]graph.Range{
		"body": line(3),
		"body.properties.networkProfile.outboundType": line(4),
		"name": line(2),
	}
	r.Keys = map[string]graph.Range{"body.properties.networkProfile": line(5)}
	n, _ := Normalise(r)
	wantRanges := map[string]graph.Range{
		"properties.networkProfile.outboundType": line(4),
		"name":                                   line(2),
	}
	if diff := cmp.Diff(wantRanges, n.Ranges); diff != "" {
		t.Errorf("Ranges (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]graph.Range{"properties.networkProfile": line(5)}, n.Keys); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
}

func TestDataSources(t *testing.T) {
	data := func(typ string, attrs obj) *tfmodel.Resource {
		r := resource(typ, attrs)
		r.Mode, r.Address = tfmodel.Data, "data."+typ+".x"
		return r
	}
	runNodeCases(t, []nodeCase{
		{"cluster", data("azurerm_kubernetes_cluster", obj{"name": "aks", "resource_group_name": "rg"}), expect{
			typ: "Microsoft.ContainerService/managedClusters", name: "aks", attrs: obj{"name": "aks"},
			unknown: []string{"identity", "kind", "location", "properties", "sku", "tags"},
			facts:   obj{"data_source": true, "resource_group_name": "rg"},
		}},
		{"subnet", data("azurerm_subnet", obj{"name": "snet", "virtual_network_name": "vnet", "resource_group_name": "rg"}), expect{
			typ: "Microsoft.Network/virtualNetworks/subnets", name: "snet", attrs: obj{"name": "snet", "parent": "vnet"},
			unknown: []string{"identity", "kind", "location", "properties", "sku", "tags"},
			facts:   obj{"data_source": true, "resource_group_name": "rg"},
		}},
		{"azapi", data("azapi_resource", obj{"type": "Microsoft.Network/virtualNetworks@2024-05-01", "resource_id": "/vnet"}), expect{
			typ: "Microsoft.Network/virtualNetworks", attrs: obj{"id": "/vnet"},
			unknown: []string{"identity", "kind", "location", "properties", "sku", "tags"},
			facts:   obj{"data_source": true, "api_version": "2024-05-01"},
		}},
		{"unmapped", data("azurerm_client_config", obj{}), expect{
			typ: "azurerm_client_config", attrs: obj{}, facts: obj{"data_source": true},
		}},
	})
}
