package azurerm

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/graph"
)

func TestLocations(t *testing.T) {
	aks := resource("azurerm_kubernetes_cluster", obj{
		"name":              "aks",
		"identity":          blk1(obj{"type": "UserAssigned", "identity_ids": []any{"/ids/cp"}}),
		"network_profile":   blk1(obj{"network_plugin": "azure", "outbound_type": "none"}),
		"default_node_pool": blk1(obj{"name": "system", "vnet_subnet_id": "/snet"}),
		"oms_agent":         blk1(obj{"log_analytics_workspace_id": "/la"}),
	})
	aks.Ranges = map[string]graph.Range{
		"name":                                    line(2),
		"identity[0].identity_ids":                line(3),
		"identity[0].identity_ids[0]":             line(4),
		"network_profile[0].outbound_type":        line(11),
		"default_node_pool[0].vnet_subnet_id":     line(21),
		"oms_agent[0].log_analytics_workspace_id": line(31),
		"not a path[":                             line(40),
		"unmapped_attribute":                      line(41),
	}
	aks.Keys = map[string]graph.Range{
		"network_profile":                  line(9),
		"network_profile[0]":               line(10),
		"network_profile[0].outbound_type": line(12),
		"default_node_pool[0]":             line(20),
		"oms_agent[0]":                     line(30),
	}
	n, _ := Normalise(aks)
	wantRanges := map[string]graph.Range{
		"name":                            line(2),
		"identity.userAssignedIdentities": line(3),
		`identity.userAssignedIdentities["/ids/cp"]`:                               line(4),
		"properties.networkProfile.outboundType":                                   line(11),
		"properties.agentPoolProfiles[0].vnetSubnetID":                             line(21),
		"properties.agentPoolProfiles[0].osType":                                   line(20),
		"properties.agentPoolProfiles[0].mode":                                     line(20),
		"properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID": line(31),
		"properties.addonProfiles.omsagent.enabled":                                line(30),
		"properties.autoUpgradeProfile.nodeOSUpgradeChannel":                       header,
		"properties.securityProfile.workloadIdentity.enabled":                      header,
	}
	if diff := cmp.Diff(wantRanges, n.Ranges); diff != "" {
		t.Errorf("Ranges (-want +got):\n%s", diff)
	}
	wantKeys := map[string]graph.Range{
		"properties.networkProfile":              line(10),
		"properties.networkProfile.outboundType": line(12),
		"properties.agentPoolProfiles[0]":        line(20),
		"properties.addonProfiles.omsagent":      line(30),
	}
	if diff := cmp.Diff(wantKeys, n.Keys); diff != "" {
		t.Errorf("Keys (-want +got):\n%s", diff)
	}
	locate := []struct {
		name string
		attr string
		want graph.Range
	}{
		{"written value", "properties.networkProfile.outboundType", line(11)},
		{"missing in a block: its header", "properties.networkProfile.networkPolicy", line(10)},
		{"missing block: the resource", "properties.bootstrapProfile.artifactSource", header},
		{"default: the resource", "properties.securityProfile.workloadIdentity.enabled", header},
		{"implied by a block: its header", "properties.addonProfiles.omsagent.enabled", line(30)},
	}
	for _, tc := range locate {
		t.Run(tc.name, func(t *testing.T) {
			q, err := graph.ParsePath(tc.attr)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, n.Locate(q)); diff != "" {
				t.Errorf("Locate(%s) (-want +got):\n%s", tc.attr, diff)
			}
		})
	}
}

func TestLocationsInsideValues(t *testing.T) {
	tests := []struct {
		name string
		typ  string
		tf   string
		val  obj
		arm  string // "" when the range must not move
	}{
		{"joined list", "azurerm_storage_account", "network_rules[0].bypass",
			obj{"network_rules": blk1(obj{"bypass": []any{"AzureServices"}})}, "properties.networkAcls.bypass"},
		{"element of a joined list", "azurerm_storage_account", "network_rules[0].bypass[0]",
			obj{"network_rules": blk1(obj{"bypass": []any{"AzureServices"}})}, ""},
		{"settings key", "azurerm_kubernetes_cluster_extension", `configuration_settings["scoringFe.sslSecret"]`,
			obj{"configuration_settings": obj{"scoringFe.sslSecret": "tls"}}, `properties.configurationSettings["scoringFe.sslSecret"]`},
		{"zone id", "azurerm_private_endpoint", "private_dns_zone_group[0].private_dns_zone_ids[1]",
			obj{"private_dns_zone_group": blk1(obj{"private_dns_zone_ids": []any{"/a", "/b"}})},
			"properties.privateDnsZoneGroups[0].properties.privateDnsZoneConfigs[1].properties.privateDnsZoneId"},
		{"block as an object", "azurerm_kubernetes_cluster", "network_profile.outbound_type",
			obj{"network_profile": obj{"outbound_type": "none"}}, "properties.networkProfile.outboundType"},
		{"second element of a single block", "azurerm_kubernetes_cluster", "network_profile[1].outbound_type",
			obj{"network_profile": []any{obj{}, obj{"outbound_type": "none"}}}, ""},
		{"manual connection", "azurerm_private_endpoint", "private_service_connection[1].private_connection_resource_id",
			obj{"private_service_connection": []any{obj{"is_manual_connection": false}, obj{"is_manual_connection": true}}},
			"properties.manualPrivateLinkServiceConnections[0].properties.privateLinkServiceId"},
		{"inverted value", "azurerm_cognitive_account", "local_auth_enabled",
			obj{"local_auth_enabled": false}, "properties.disableLocalAuth"},
		{"both names of one id", "azurerm_machine_learning_datastore_blobstorage", "storage_container_id",
			obj{"storage_container_id": containerID}, "properties.accountName"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := resource(tc.typ, tc.val)
			r.Ranges = map[string]graph.Range{tc.tf: line(7)}
			n, _ := Normalise(r)
			var got []string
			for k, v := range n.Ranges {
				if v == line(7) {
					got = append(got, k)
				}
			}
			var want []string
			if tc.arm != "" {
				want = []string{tc.arm}
			}
			if tc.name == "both names of one id" {
				want = append(want, "properties.containerName")
			}
			if diff := cmp.Diff(want, got, sortStrings); diff != "" {
				t.Errorf("moved to (-want +got):\n%s", diff)
			}
		})
	}
}
