package azurerm

import "testing"

func TestNetwork(t *testing.T) {
	runNodeCases(t, []nodeCase{
		{"virtual network with inline subnets", resource("azurerm_virtual_network", obj{
			"name": "vnet-aks", "location": "westeurope", "resource_group_name": "rg", "address_space": []any{"10.10.0.0/16"},
			"subnet": []any{
				obj{"name": "snet-aks", "address_prefixes": []any{"10.10.0.0/22"}, "service_endpoints": []any{"Microsoft.Storage"},
					"default_outbound_access_enabled": false},
				obj{"name": "snet-pe", "address_prefixes": []any{"10.10.8.0/24"},
					"service_endpoint": []any{obj{"service": "Microsoft.KeyVault"}}, "security_group": "/nsg"},
			},
		}), expect{
			typ: "Microsoft.Network/virtualNetworks", name: "vnet-aks",
			attrs: obj{"name": "vnet-aks", "location": "westeurope", "properties": obj{
				"addressSpace": obj{"addressPrefixes": []any{"10.10.0.0/16"}},
				"subnets": []any{
					obj{"name": "snet-aks", "properties": obj{"addressPrefixes": []any{"10.10.0.0/22"},
						"serviceEndpoints": []any{obj{"service": "Microsoft.Storage"}}, "defaultOutboundAccess": false}},
					obj{"name": "snet-pe", "properties": obj{"addressPrefixes": []any{"10.10.8.0/24"},
						"serviceEndpoints": []any{obj{"service": "Microsoft.KeyVault"}}, "networkSecurityGroup": obj{"id": "/nsg"},
						"defaultOutboundAccess": true}},
				},
			}},
			defaults: []string{"properties.subnets[1].properties.defaultOutboundAccess"},
			facts:    rg,
		}},
		{"subnet", resource("azurerm_subnet", obj{
			"name": "snet-aks", "resource_group_name": "rg", "virtual_network_name": "vnet-aks",
			"address_prefixes": []any{"10.10.0.0/22"}, "default_outbound_access_enabled": false,
			"private_endpoint_network_policies": "Disabled",
			"delegation": blk1(obj{"name": "d", "service_delegation": blk1(obj{"name": "Microsoft.ContainerService/managedClusters",
				"actions": []any{"Microsoft.Network/virtualNetworks/subnets/join/action"}})}),
		}), expect{
			typ: "Microsoft.Network/virtualNetworks/subnets", name: "snet-aks",
			attrs: obj{"name": "snet-aks", "parent": "vnet-aks", "properties": obj{
				"addressPrefixes": []any{"10.10.0.0/22"}, "defaultOutboundAccess": false,
				"privateEndpointNetworkPolicies": "Disabled",
				"delegations": []any{obj{"name": "d", "properties": obj{"serviceName": "Microsoft.ContainerService/managedClusters",
					"actions": []any{"Microsoft.Network/virtualNetworks/subnets/join/action"}}}},
			}},
			facts: rg,
		}},
		{"subnet defaults", resource("azurerm_subnet", obj{"name": "s", "virtual_network_name": "v"}), expect{
			typ:      "Microsoft.Network/virtualNetworks/subnets",
			attrs:    obj{"name": "s", "parent": "v", "properties": obj{"defaultOutboundAccess": true}},
			defaults: []string{"properties.defaultOutboundAccess"},
		}},
		{"peering", resource("azurerm_virtual_network_peering", obj{
			"name": "aks-to-hub", "virtual_network_name": "vnet-aks", "remote_virtual_network_id": "/vnet/hub",
			"allow_virtual_network_access": true, "allow_forwarded_traffic": false,
		}), expect{
			typ: "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", name: "aks-to-hub",
			attrs: obj{"name": "aks-to-hub", "parent": "vnet-aks", "properties": obj{
				"remoteVirtualNetwork": obj{"id": "/vnet/hub"}, "allowVirtualNetworkAccess": true, "allowForwardedTraffic": false}},
		}},
		{"private endpoint", resource("azurerm_private_endpoint", obj{
			"name": "pe-ws", "location": "westeurope", "subnet_id": "/snet-pe",
			"private_service_connection": blk1(obj{"name": "ws", "private_connection_resource_id": "/mlw",
				"subresource_names": []any{"amlworkspace"}, "is_manual_connection": false}),
			"private_dns_zone_group": blk1(obj{"name": "default", "private_dns_zone_ids": []any{"/zone/api", "/zone/notebooks"}}),
		}), expect{
			typ: "Microsoft.Network/privateEndpoints", name: "pe-ws",
			attrs: obj{"name": "pe-ws", "location": "westeurope", "properties": obj{
				"subnet": obj{"id": "/snet-pe"},
				"privateLinkServiceConnections": []any{obj{"name": "ws", "properties": obj{
					"privateLinkServiceId": "/mlw", "groupIds": []any{"amlworkspace"}}}},
				"privateDnsZoneGroups": []any{obj{"name": "default", "properties": obj{"privateDnsZoneConfigs": []any{
					obj{"properties": obj{"privateDnsZoneId": "/zone/api"}},
					obj{"properties": obj{"privateDnsZoneId": "/zone/notebooks"}},
				}}}},
			}},
		}},
		{"manual private endpoint", resource("azurerm_private_endpoint", obj{
			"name": "pe-st", "subnet_id": "/snet-pe",
			"private_service_connection": blk1(obj{"name": "st", "private_connection_resource_id": "/st",
				"subresource_names": []any{"blob"}, "is_manual_connection": true, "request_message": "please"}),
		}), expect{
			typ: "Microsoft.Network/privateEndpoints", name: "pe-st",
			attrs: obj{"name": "pe-st", "properties": obj{
				"subnet": obj{"id": "/snet-pe"},
				"manualPrivateLinkServiceConnections": []any{obj{"name": "st", "properties": obj{
					"privateLinkServiceId": "/st", "groupIds": []any{"blob"}, "requestMessage": "please"}}},
			}},
		}},
		{"private dns zone", resource("azurerm_private_dns_zone", obj{
			"name": "privatelink.api.azureml.ms", "tags": obj{"env": "prod"},
			"soa_record": blk1(obj{"email": "a@b"}),
		}), expect{
			typ: "Microsoft.Network/privateDnsZones", name: "privatelink.api.azureml.ms",
			attrs:    obj{"name": "privatelink.api.azureml.ms", "tags": obj{"env": "prod"}},
			unmapped: []string{"soa_record"},
		}},
		{"dns link", resource("azurerm_private_dns_zone_virtual_network_link", obj{
			"name": "api-aks", "private_dns_zone_id": "/zone/api", "virtual_network_id": "/vnet/aks", "registration_enabled": false,
		}), expect{
			typ: "Microsoft.Network/privateDnsZones/virtualNetworkLinks", name: "api-aks",
			attrs: obj{"name": "api-aks", "parent": "/zone/api", "properties": obj{
				"virtualNetwork": obj{"id": "/vnet/aks"}, "registrationEnabled": false}},
		}},
	})
}
