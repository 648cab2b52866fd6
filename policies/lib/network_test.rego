package lib.network_test

import data.lib.azure
import data.lib.network
import data.lib.testing as t

# tf builds a Terraform-declared resource; the node's name is its name
# attribute when it has one, as the parser gives it.
tf(type, name, attrs) := object.union(t.azure("terraform", type, name, attrs), {"name": object.get(attrs, "name", name)})

edge(from, to, kind, attr) := {"from": from.id, "to": to.id, "kind": kind, "heuristic": false, "attr": attr, "target": ["id"]}

vnet_aks := tf(network.vnet_type, "aks", {"name": "vnet-aks"})

vnet_hub := tf(network.vnet_type, "hub", {"name": "vnet-hub"})

vnet_far := tf(network.vnet_type, "far", {"name": "vnet-far"})

snet_aks := tf(network.subnet_type, "aks", {"name": "snet-aks", "properties": {"serviceEndpoints": [{"service": "Microsoft.Storage"}]}})

snet_hub := tf(network.subnet_type, "hub", {"name": "snet-hub"})

snet_far := tf(network.subnet_type, "far", {"name": "snet-far"})

cluster := tf(azure.cluster_type, "aks", {"properties": {"agentPoolProfiles": [{"name": "system", "vnetSubnetID": "x"}]}})

pool := tf(azure.agent_pool_type, "gpu", {"properties": {"vnetSubnetID": "y"}})

peering := tf(network.peering_type, "aks-hub", {"name": "aks-hub"})

hub_peering := tf(network.peering_type, "hub-far", {"name": "hub-far"})

base_nodes := [vnet_aks, vnet_hub, vnet_far, snet_aks, snet_hub, snet_far, cluster, pool, peering, hub_peering]

base_edges := [
	edge(snet_aks, vnet_aks, "L02", ["parent"]),
	edge(snet_hub, vnet_hub, "L02", ["parent"]),
	edge(snet_far, vnet_far, "L02", ["parent"]),
	edge(cluster, snet_aks, "L01", ["properties", "agentPoolProfiles", "0", "vnetSubnetID"]),
	edge(pool, cluster, "parent", ["parent"]),
	edge(pool, snet_aks, "L01", ["properties", "vnetSubnetID"]),
	edge(peering, vnet_aks, "L03", ["parent"]),
	edge(peering, vnet_hub, "L03", ["properties", "remoteVirtualNetwork", "id"]),
	edge(hub_peering, vnet_hub, "L03", ["parent"]),
	edge(hub_peering, vnet_far, "L03", ["properties", "remoteVirtualNetwork", "id"]),
]

inp(nodes, edges) := t.input_of(array.concat(base_nodes, nodes), array.concat(base_edges, edges), {})

test_cluster_network if {
	i := inp([], [])
	[s.id | some s in network.cluster_subnets(cluster)] == [snet_aks.id] with input as i
	[v.id | some v in network.cluster_vnets(cluster)] == [vnet_aks.id] with input as i
	network.cluster_network_resolved(cluster) with input as i
	count(network.unresolved_pools(cluster)) == 0 with input as i
	azure.behind_vnet(cluster) with input as i
}

test_unresolved_pool if {
	c := t.with_unknown(tf(azure.cluster_type, "lone", {"properties": {"agentPoolProfiles": [{"name": "a"}]}}), [["properties", "agentPoolProfiles", "0", "vnetSubnetID"]])
	i := inp([c], [])
	not network.cluster_network_resolved(c) with input as i
	[p.path | some p in network.unresolved_pools(c)] == [["properties", "agentPoolProfiles", 0, "vnetSubnetID"]] with input as i
	azure.behind_vnet(c) with input as i
}

test_no_subnet_not_behind_vnet if {
	c := tf(azure.cluster_type, "managed", {"properties": {"agentPoolProfiles": [{"name": "a"}]}})
	not azure.behind_vnet(c) with input as inp([c], [])
}

test_peering_direct_and_one_sided if {
	i := inp([], [])
	network.peered(vnet_aks, vnet_hub) with input as i
	network.one_sided_peering(vnet_aks, vnet_hub) with input as i
	network.reachable_vnets(cluster) == {vnet_aks.id, vnet_hub.id} with input as i
}

test_peering_both_sides if {
	back := tf(network.peering_type, "hub-aks", {})
	i := inp([back], [edge(back, vnet_hub, "L03", ["parent"]), edge(back, vnet_aks, "L03", ["properties", "remoteVirtualNetwork", "id"])])
	network.peered(vnet_aks, vnet_hub) with input as i
	not network.one_sided_peering(vnet_aks, vnet_hub) with input as i
}

test_transitive_only_when_allowed if {
	i := inp([], [])
	network.reachable_vnets(cluster) == {vnet_aks.id, vnet_hub.id, vnet_far.id} with input as object.union(i, {"context": {"transitive_peering": true}})
	not vnet_far.id in network.reachable_vnets(cluster) with input as i
}

ws := tf(azure.workspace_type, "ws", {})

pe(name, groups, zone_groups) := tf(network.endpoint_type, name, {"properties": {
	"privateLinkServiceConnections": [{"name": "c", "properties": {"groupIds": groups}}],
	"privateDnsZoneGroups": zone_groups,
}})

conn_attr := ["properties", "privateLinkServiceConnections", "0", "properties", "privateLinkServiceId"]

zone := tf(network.zone_type, "api", {"name": "privatelink.api.azureml.ms"})

zone_attr := ["properties", "privateDnsZoneGroups", "0", "properties", "privateDnsZoneConfigs", "0", "properties", "privateDnsZoneId"]

test_endpoint_in_peered_vnet_with_zone if {
	p := pe("ws", ["amlworkspace"], [{"properties": {"privateDnsZoneConfigs": [{"properties": {"privateDnsZoneId": "z"}}]}}])
	i := inp([ws, p, zone], [edge(p, ws, "L05", conn_attr), edge(p, snet_hub, "L04", ["properties", "subnet", "id"]), edge(p, zone, "L06", zone_attr)])
	[[e.pe.id, e.groups] | some e in network.endpoints_to(ws)] == [[p.id, ["amlworkspace"]]] with input as i
	some ep in network.endpoints_to(ws) with input as i
	network.has_group(ep, "AMLWorkspace")
	network.endpoint_in_cluster_network(p, cluster) with input as i
	network.endpoint_zone_ids_present(p) with input as i
	network.endpoint_zones_resolved(p) with input as i
	[z.id | some z in network.endpoint_zones(p)] == [zone.id] with input as i
}

test_endpoint_in_far_vnet_outside if {
	p := pe("ws", ["amlworkspace"], [])
	i := inp([ws, p], [edge(p, ws, "L05", conn_attr), edge(p, snet_far, "L04", ["properties", "subnet", "id"])])
	network.endpoint_vnet_resolved(p) with input as i
	not network.endpoint_in_cluster_network(p, cluster) with input as i
	not network.endpoint_zone_ids_present(p) with input as i
}

test_zone_group_child_and_unknown_zone if {
	p := pe("ws", null, [])
	g := tf(network.zone_group_type, "default", {"properties": {"privateDnsZoneConfigs": [{"properties": {"privateDnsZoneId": "z"}}]}})
	i := inp([p, g], [edge(g, p, "parent", ["parent"])])
	network.endpoint_zone_ids_present(p) with input as i
	not network.endpoint_zones_resolved(p) with input as i
	u := t.with_unknown(pe("u", null, [{"properties": {"privateDnsZoneConfigs": [{"properties": {}}]}}]), [zone_attr])
	network.endpoint_zone_ids_present(u) with input as inp([u], [])
}

test_unresolved_endpoint_target if {
	p := t.with_unknown(pe("x", ["blob"], []), [conn_attr])
	[e.id | some e in network.unresolved_endpoints] == [p.id] with input as inp([p], [])
}

test_zone_links if {
	link := tf(network.zone_link_type, "hub", {})
	i := inp([zone, link], [edge(link, zone, "parent", ["parent"]), edge(link, vnet_hub, "L07", ["properties", "virtualNetwork", "id"])])
	network.zone_linked_for_cluster(zone, cluster) with input as i
	far := tf(network.zone_link_type, "far", {})
	j := inp([zone, far], [edge(far, zone, "parent", ["parent"]), edge(far, vnet_far, "L07", ["properties", "virtualNetwork", "id"])])
	not network.zone_linked_for_cluster(zone, cluster) with input as j
	network.zone_linked_for_cluster(zone, cluster) with input as object.union(j, {"context": {"dns_hub_vnets": ["VNET-FAR"]}})
}

test_acl_subnets_and_service_endpoint if {
	st := tf("Microsoft.Storage/storageAccounts", "st", {})
	rules := tf("azurerm_storage_account_network_rules", "st", {})
	i := inp([st, rules], [edge(rules, st, "L18", ["storage_account_id"]), edge(rules, snet_aks, "acl-subnet", ["properties", "networkAcls", "virtualNetworkRules", "0", "id"])])
	[s.id | some s in network.acl_subnets(st)] == [snet_aks.id] with input as i
	network.service_endpoint(snet_aks, "microsoft.storage")
	not network.service_endpoint(snet_hub, "Microsoft.Storage")
}

test_route_tables if {
	rt := tf(network.route_table_type, "rt", {"properties": {"routes": [{"name": "d", "properties": {"addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance"}}]}})
	assoc := {"id": "assoc", "type": "azurerm_subnet_route_table_association", "name": "", "namespace": "", "format": "terraform", "attrs": {}, "unknown": [], "facts": {}}
	i := inp([rt, assoc], [edge(assoc, snet_aks, "parent", ["parent"]), edge(assoc, rt, "route-table", ["properties", "routeTable", "id"])])
	[r.id | some r in network.subnet_route_tables(snet_aks)] == [rt.id] with input as i
	network.default_route_to_appliance(rt)
}
