package azurerm

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRenames checks that every spelling of an attribute across provider
// versions gives the same ARM body, whatever version is declared.
func TestRenames(t *testing.T) {
	tests := []struct {
		name     string
		typ      string
		old, new obj
	}{
		{"node public ip", "azurerm_kubernetes_cluster",
			obj{"default_node_pool": blk1(obj{"enable_node_public_ip": true, "enable_auto_scaling": true, "enable_host_encryption": true})},
			obj{"default_node_pool": blk1(obj{"node_public_ip_enabled": true, "auto_scaling_enabled": true, "host_encryption_enabled": true})}},
		{"upgrade channels", "azurerm_kubernetes_cluster",
			obj{"node_os_channel_upgrade": "NodeImage", "automatic_channel_upgrade": "patch"},
			obj{"node_os_upgrade_channel": "NodeImage", "automatic_upgrade_channel": "patch"}},
		{"vnet integration", "azurerm_kubernetes_cluster",
			obj{"api_server_access_profile": blk1(obj{"vnet_integration_enabled": true}), "api_server_authorized_ip_ranges": []any{"1.2.3.4/32"}},
			obj{"api_server_access_profile": blk1(obj{"virtual_network_integration_enabled": true, "authorized_ip_ranges": []any{"1.2.3.4/32"}})}},
		{"data plane", "azurerm_kubernetes_cluster",
			obj{"network_profile": blk1(obj{"network_plugin": "azure", "ebpf_data_plane": "cilium"})},
			obj{"network_profile": blk1(obj{"network_plugin": "azure", "network_data_plane": "cilium"})}},
		{"pool public ip", "azurerm_kubernetes_cluster_node_pool",
			obj{"enable_node_public_ip": false}, obj{"node_public_ip_enabled": false}},
		{"subnet service endpoints", "azurerm_subnet",
			obj{"service_endpoints": []any{"Microsoft.Storage", "Microsoft.KeyVault"}},
			obj{"service_endpoint": []any{obj{"service": "Microsoft.Storage"}, obj{"service": "Microsoft.KeyVault"}}}},
		{"inline service endpoints", "azurerm_virtual_network",
			obj{"subnet": blk1(obj{"name": "s", "service_endpoints": []any{"Microsoft.Storage"}})},
			obj{"subnet": blk1(obj{"name": "s", "service_endpoint": blk1(obj{"service": "Microsoft.Storage"})})}},
		{"endpoint policies enabled", "azurerm_subnet",
			obj{"private_endpoint_network_policies_enabled": true, "private_link_service_network_policies_enabled": true},
			obj{"private_endpoint_network_policies": "Enabled", "private_link_service_network_policies_enabled": true}},
		{"endpoint policies enforced", "azurerm_subnet",
			obj{"enforce_private_link_endpoint_network_policies": true, "enforce_private_link_service_network_policies": true},
			obj{"private_endpoint_network_policies": "Disabled", "private_link_service_network_policies_enabled": false}},
		{"credential parent", "azurerm_federated_identity_credential",
			obj{"parent_id": "/uami", "audience": []any{"api://AzureADTokenExchange"}},
			obj{"user_assigned_identity_id": "/uami", "audience": []any{"api://AzureADTokenExchange"}}},
		{"dns link zone", "azurerm_private_dns_zone_virtual_network_link",
			obj{"private_dns_zone_name": "privatelink.blob.core.windows.net"},
			obj{"private_dns_zone_id": "privatelink.blob.core.windows.net"}},
		{"container account", "azurerm_storage_container", obj{"storage_account_name": "st"}, obj{"storage_account_id": "st"}},
		{"share account", "azurerm_storage_share", obj{"storage_account_name": "st"}, obj{"storage_account_id": "st"}},
		{"key vault rbac", "azurerm_key_vault", obj{"enable_rbac_authorization": true}, obj{"rbac_authorization_enabled": true}},
		{"storage https and public blobs", "azurerm_storage_account",
			obj{"enable_https_traffic_only": true, "allow_blob_public_access": false},
			obj{"https_traffic_only_enabled": true, "allow_nested_items_to_be_public": false}},
		{"insights local auth", "azurerm_application_insights",
			obj{"local_authentication_disabled": true, "disable_ip_masking": true},
			obj{"local_authentication_enabled": false, "ip_masking_enabled": false}},
		{"log analytics local auth", "azurerm_log_analytics_workspace",
			obj{"local_authentication_disabled": false}, obj{"local_authentication_enabled": true}},
		{"deployment scale", "azurerm_cognitive_deployment",
			obj{"scale": blk1(obj{"type": "Standard", "capacity": int64(1)})},
			obj{"sku": blk1(obj{"name": "Standard", "capacity": int64(1)})}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, major := range []int{3, 4, 5} {
				o, _ := Normalise(with(major, resource(tc.typ, tc.old)))
				n, _ := Normalise(with(major, resource(tc.typ, tc.new)))
				if diff := cmp.Diff(n.Attrs, o.Attrs); diff != "" {
					t.Errorf("v%d: old spelling (-new +old):\n%s", major, diff)
				}
				if u := factStrings(o, "unmapped"); len(u) > 0 {
					t.Errorf("v%d: unmapped %v", major, u)
				}
			}
		})
	}
}
