package iso.registry_private_endpoint_test

import data.iso.builders_test as b
import data.iso.registry_private_endpoint as rule
import data.lib.testing as t

c := b.byo(b.in_vnet(b.cluster))

target := ["properties", "privateLinkServiceConnections", 0, "properties", "privateLinkServiceId"]

zone_id := ["properties", "privateDnsZoneGroups", 0, "properties", "privateDnsZoneConfigs", 0, "properties", "privateDnsZoneId"]

pe := b.with_unknown(
	b.node("Microsoft.Network/privateEndpoints", "pe-boot-acr", {"properties": {
		"privateLinkServiceConnections": [{"name": "boot-acr", "properties": {"groupIds": ["registry"]}}],
		"privateDnsZoneGroups": [{"name": "default", "properties": {"privateDnsZoneConfigs": [{"properties": {}}]}}],
	}}),
	[["properties", "subnet", "id"], target, zone_id],
)

zone := b.node("Microsoft.Network/privateDnsZones", "privatelink.azurecr.io", {})

zone_link := b.with_unknown(b.node("Microsoft.Network/privateDnsZones/virtualNetworkLinks", "acr-aks", {"parent": "privatelink.azurecr.io", "properties": {}}), [["properties", "virtualNetwork", "id"]])

base_nodes := [c, b.registry, b.vnet, b.subnet, b.pe_subnet]

base_edges := array.concat(b.vnet_edges(c), [b.registry_edge(c, b.registry)])

pe_edges(p, s) := [
	b.edge(p, s, "L04", ["properties", "subnet", "id"]),
	b.edge(p, b.registry, "L05", target),
]

dns_edges(p) := [
	b.edge(p, zone, "L06", zone_id),
	b.edge(zone_link, zone, "parent", ["parent"]),
	b.edge(zone_link, b.vnet, "L07", ["properties", "virtualNetwork", "id"]),
]

full := t.input_of(
	array.concat(base_nodes, [pe, zone, zone_link]),
	array.concat(base_edges, array.concat(pe_edges(pe, b.pe_subnet), dns_edges(pe))),
	{},
)

test_allow_endpoint_with_dns if {
	count(rule.deny) == 0 with input as full
	rule.applicable == {c.id} with input as full
}

test_allow_not_isolated if {
	p := b.byo(b.plain)
	count(rule.deny) == 0 with input as t.input_of([p, b.registry], [b.registry_edge(p, b.registry)], {})
}

test_deny_no_endpoint if {
	rule.deny == {{
		"msg": "AKS cluster aks-iso bootstraps from registry acrisoboot, but no private endpoint of that registry (group registry) is in the cluster's VNet or a VNet peered with it",
		"resource": c.id,
		"attr": b.registry_path,
		"applies_to": c.id,
		"heuristic": false,
		"related": [{"resource": b.registry.id, "attr": [], "msg": "bootstrap registry acrisoboot"}],
	}} with input as t.input_of(base_nodes, base_edges, {})
}

test_deny_endpoint_elsewhere if {
	other := b.node("Microsoft.Network/virtualNetworks", "vnet-other", {})
	snet := b.node("Microsoft.Network/virtualNetworks/subnets", "snet-other", {"parent": "vnet-other", "properties": {}})
	edges := array.concat(base_edges, array.concat(pe_edges(pe, snet), [b.edge(snet, other, "L02", ["parent"])]))
	some d in rule.deny with input as t.input_of(array.concat(base_nodes, [pe, other, snet]), edges, {})
	d.resource == c.id
	d.related[1].resource == pe.id
}

test_deny_missing_dns_zone_group if {
	p := b.without(pe, ["properties/privateDnsZoneGroups"])
	some d in rule.deny with input as t.input_of(array.concat(base_nodes, [p]), array.concat(base_edges, pe_edges(p, b.pe_subnet)), {})
	d.resource == p.id
	d.attr == ["properties", "privateDnsZoneGroups"]
	d.level == "error"
}

test_deny_missing_dns_policy_managed if {
	p := b.without(pe, ["properties/privateDnsZoneGroups"])
	some d in rule.deny with input as t.input_of(array.concat(base_nodes, [p]), array.concat(base_edges, pe_edges(p, b.pe_subnet)), {"policy_managed_dns_zone_groups": true})
	d.level == "warning"
}

test_deny_zone_not_linked if {
	edges := array.concat(base_edges, array.concat(pe_edges(pe, b.pe_subnet), [b.edge(pe, zone, "L06", zone_id)]))
	some d in rule.deny with input as t.input_of(array.concat(base_nodes, [pe, zone]), edges, {})
	d.resource == zone.id
	d.level == "warning"
}

test_deny_public_access_note if {
	r := b.without(b.registry, ["properties/publicNetworkAccess"])
	nodes := [c, r, b.vnet, b.subnet, b.pe_subnet, pe, zone, zone_link]
	edges := array.concat(b.vnet_edges(c), array.concat([b.registry_edge(c, r)], array.concat(pe_edges(pe, b.pe_subnet), dns_edges(pe))))
	rule.deny == {{
		"msg": "Bootstrap registry acrisoboot of a network-isolated cluster keeps public network access (publicNetworkAccess is absent, so Enabled)",
		"resource": r.id,
		"attr": ["properties", "publicNetworkAccess"],
		"applies_to": r.id,
		"heuristic": false,
		"level": "note",
		"advisory": true,
		"related": [{"resource": c.id, "attr": b.registry_path, "msg": "AKS cluster aks-iso bootstraps from this registry"}],
	}} with input as t.input_of(nodes, edges, {})
}

test_unknown_endpoint_subnet if {
	edges := array.concat(base_edges, [b.edge(pe, b.registry, "L05", target)])
	some d in rule.deny with input as t.input_of(array.concat(base_nodes, [pe]), edges, {})
	d.undetermined == true
	contains(d.msg, "the VNet of private endpoint pe-boot-acr is unresolved")
}

test_unknown_cluster_network if {
	m := b.byo(b.cluster)
	some d in rule.deny with input as t.input_of([m, b.registry], [b.registry_edge(m, b.registry)], {})
	d.undetermined == true
}

test_unknown_zone if {
	edges := array.concat(base_edges, pe_edges(pe, b.pe_subnet))
	some d in rule.deny with input as t.input_of(array.concat(base_nodes, [pe]), edges, {})
	d.undetermined == true
	d.resource == pe.id
}
