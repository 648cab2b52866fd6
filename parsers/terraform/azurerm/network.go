package azurerm

// subnetRules are the settings of a subnet relative to its properties,
// shared by azurerm_subnet and the inline subnet blocks of a network.
var subnetRules = []rule{
	attr("address_prefixes", "addressPrefixes"),
	attr("address_prefix", "addressPrefix"),
	attr("service_endpoints", "serviceEndpoints").eachAt("service"),
	arr("service_endpoint", "serviceEndpoints",
		attr("service", "service"),
		attr("locations", "locations")),
	attr("service_endpoint_policy_ids", "serviceEndpointPolicies").eachAt("id"),
	attr("default_outbound_access_enabled", "defaultOutboundAccess"),
	attr("private_endpoint_network_policies", "privateEndpointNetworkPolicies").via(policies),
	attr("private_endpoint_network_policies_enabled", "privateEndpointNetworkPolicies").via(enabled),
	attr("enforce_private_link_endpoint_network_policies", "privateEndpointNetworkPolicies").via(disabledIf),
	attr("private_link_service_network_policies_enabled", "privateLinkServiceNetworkPolicies").via(enabled),
	attr("enforce_private_link_service_network_policies", "privateLinkServiceNetworkPolicies").via(disabledIf),
	attr("security_group", "networkSecurityGroup.id"),
	attr("route_table_id", "routeTable.id"),
	arr("delegation", "delegations",
		attr("name", "name"),
		blk("service_delegation", "properties",
			attr("name", "serviceName"),
			attr("actions", "actions"))),
}

// routeRules are the settings of a route relative to its properties,
// shared by azurerm_route and the inline route blocks of a route table.
var routeRules = []rule{
	attr("address_prefix", "addressPrefix"),
	attr("next_hop_type", "nextHopType"),
	attr("next_hop_in_ip_address", "nextHopIpAddress"),
}

// policies accepts the v4 enum, and the boolean some v3 modules pass.
func policies(v any, s *source) (any, bool) {
	if _, ok := boolean(v); ok {
		return enabled(v, s)
	}
	return text(v, s)
}

var privateEndpointRules = located(
	attr("subnet_id", "properties.subnet.id"),
	attr("custom_network_interface_name", "properties.customNetworkInterfaceName"),
	arr("private_service_connection", "properties.privateLinkServiceConnections",
		attr("name", "name"),
		attr("private_connection_resource_id", "properties.privateLinkServiceId"),
		attr("subresource_names", "properties.groupIds"),
		attr("request_message", "properties.requestMessage"),
		drop("is_manual_connection")).
		split("is_manual_connection", "properties.manualPrivateLinkServiceConnections"),
	blk("private_dns_zone_group", "properties.privateDnsZoneGroups[0]",
		attr("id", "id"),
		attr("name", "name"),
		attr("private_dns_zone_ids", "properties.privateDnsZoneConfigs").eachAt("properties.privateDnsZoneId")),
	arr("ip_configuration", "properties.ipConfigurations",
		attr("name", "name"),
		attr("private_ip_address", "properties.privateIPAddress"),
		attr("subresource_name", "properties.groupId"),
		attr("member_name", "properties.memberName")),
)

var networkSpecs = map[string]spec{
	"azurerm_virtual_network": {arm: "Microsoft.Network/virtualNetworks", defaults: networkDefaults, rules: located(
		attr("address_space", "properties.addressSpace.addressPrefixes"),
		attr("dns_servers", "properties.dhcpOptions.dnsServers"),
		attr("flow_timeout_in_minutes", "properties.flowTimeoutInMinutes"),
		attr("private_endpoint_vnet_policies", "properties.privateEndpointVNetPolicies"),
		attr("guid", "properties.resourceGuid"),
		blk("ddos_protection_plan", "properties.ddosProtectionPlan", attr("id", "id")),
		blk("encryption", "properties.encryption", attr("enforcement", "enforcement")).implies("enabled", true),
		arr("subnet", "properties.subnets", append([]rule{idRule, nameRule}, under("properties", subnetRules...)...)...),
	)},
	"azurerm_subnet": {arm: "Microsoft.Network/virtualNetworks/subnets", defaults: subnetDefaults,
		rules: named(append(under("properties", subnetRules...), attr("virtual_network_name", "parent"))...)},
	"azurerm_virtual_network_peering": {arm: "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", rules: named(
		attr("virtual_network_name", "parent"),
		attr("remote_virtual_network_id", "properties.remoteVirtualNetwork.id"),
		attr("allow_virtual_network_access", "properties.allowVirtualNetworkAccess"),
		attr("allow_forwarded_traffic", "properties.allowForwardedTraffic"),
		attr("allow_gateway_transit", "properties.allowGatewayTransit"),
		attr("use_remote_gateways", "properties.useRemoteGateways"),
		attr("peer_complete_virtual_networks_enabled", "properties.peerCompleteVnets"),
		attr("local_subnet_names", "properties.localSubnetNames"),
		attr("remote_subnet_names", "properties.remoteSubnetNames"),
	)},
	"azurerm_private_endpoint": {arm: "Microsoft.Network/privateEndpoints", rules: privateEndpointRules},
	"azurerm_route_table": {arm: "Microsoft.Network/routeTables", rules: located(
		attr("bgp_route_propagation_enabled", "properties.disableBgpRoutePropagation").via(invert),
		attr("disable_bgp_route_propagation", "properties.disableBgpRoutePropagation"),
		arr("route", "properties.routes", append([]rule{nameRule}, under("properties", routeRules...)...)...),
	)},
	"azurerm_route": {arm: "Microsoft.Network/routeTables/routes", rules: named(append(under("properties", routeRules...),
		attr("route_table_name", "parent"))...)},
	// The association has no ARM type: ARM writes the route table into the
	// subnet. The node keeps the Terraform type, the subnet as its parent.
	"azurerm_subnet_route_table_association": {arm: "azurerm_subnet_route_table_association", rules: []rule{
		attr("subnet_id", "parent"),
		attr("route_table_id", "properties.routeTable.id"),
	}},
	"azurerm_private_dns_zone": {arm: "Microsoft.Network/privateDnsZones", rules: named(tagsRule,
		attr("number_of_record_sets", "properties.numberOfRecordSets"),
		attr("max_number_of_record_sets", "properties.maxNumberOfRecordSets"),
		attr("max_number_of_virtual_network_links", "properties.maxNumberOfVirtualNetworkLinks"),
		attr("max_number_of_virtual_network_links_with_registration", "properties.maxNumberOfVirtualNetworkLinksWithRegistration"),
	)},
	"azurerm_private_dns_zone_virtual_network_link": {arm: "Microsoft.Network/privateDnsZones/virtualNetworkLinks", rules: named(tagsRule,
		attr("private_dns_zone_id|private_dns_zone_name", "parent"),
		attr("virtual_network_id", "properties.virtualNetwork.id"),
		attr("registration_enabled", "properties.registrationEnabled"),
		attr("resolution_policy", "properties.resolutionPolicy"),
	)},
}
