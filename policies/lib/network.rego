# METADATA
# description: >-
#   Virtual networks as the catalog reads them (§3): node subnets and their
#   VNets (L01, L02), peerings (L03), private endpoints with their subnet,
#   target and DNS zones (L04–L06), and the VNets a DNS zone is linked to
#   (L07). Every function is unknown-safe: an unresolved link yields no
#   node, and the *_resolved helpers say whether the answer is complete.
package lib.network

import data.lib.azure
import data.lib.core

vnet_type := "Microsoft.Network/virtualNetworks"

subnet_type := "Microsoft.Network/virtualNetworks/subnets"

peering_type := "Microsoft.Network/virtualNetworks/virtualNetworkPeerings"

endpoint_type := "Microsoft.Network/privateEndpoints"

zone_group_type := "Microsoft.Network/privateEndpoints/privateDnsZoneGroups"

zone_type := "Microsoft.Network/privateDnsZones"

zone_link_type := "Microsoft.Network/privateDnsZones/virtualNetworkLinks"

# nodes turns a set of IDs into nodes, in ID order.
nodes(ids) := [input.nodes[id] | some id in ids]

# subnet_vnets lists the VNets of a subnet (L02). A reference into a VNet's
# inline subnets points at the VNet itself.
subnet_vnets(s) := nodes({v.id | some v in core.out(s, "L02"); core.is_type(v, vnet_type)}) if {
	core.is_type(s, subnet_type)
} else := [s] if {
	core.is_type(s, vnet_type)
} else := []

# subnet_vnet is a subnet's VNet, the first when candidates compete.
subnet_vnet(s) := subnet_vnets(s)[0]

# cluster_subnets lists the subnets of a cluster's node pools (L01),
# inline pools and agentPools children alike.
cluster_subnets(c) := nodes({s.id |
	some pool in azure.node_pools(c)
	some e in core.edges_out(pool.node)
	e.kind == "L01"
	array.slice(e.attr, 0, count(pool.path)) == core.steps(pool.path)
	s := input.nodes[e.to]
})

# pool_subnets lists, for every node pool naming a subnet, where it does
# and the subnet nodes the link resolved to (empty when unresolved).
pool_subnets(c) := [{"node": pool.node, "path": path, "subnets": subnets} |
	some pool in azure.node_pools(c)
	path := array.concat(pool.path, ["vnetSubnetID"])
	not core.absent(pool.node, path)
	subnets := [input.nodes[e.to] |
		some e in core.edges_out(pool.node)
		e.kind == "L01"
		core.path_is(e.attr, path)
	]
]

# cluster_vnets lists the VNets of a cluster's node subnets.
cluster_vnets(c) := nodes({v.id | some s in cluster_subnets(c); some v in subnet_vnets(s)})

# cluster_network_resolved holds when every node pool that names a subnet
# resolves to a subnet whose VNet is in the scan, and at least one does.
cluster_network_resolved(c) if {
	count(pool_subnets(c)) > 0
	every p in pool_subnets(c) {
		count(p.subnets) > 0
		every s in p.subnets {
			count(subnet_vnets(s)) > 0
		}
	}
}

# unresolved_pools lists the node pools whose subnet (or its VNet) the scan
# cannot resolve, with where the subnet is named.
unresolved_pools(c) := [p |
	some p in pool_subnets(c)
	not pool_resolved(p)
]

pool_resolved(p) if {
	count(p.subnets) > 0
	every s in p.subnets {
		count(subnet_vnets(s)) > 0
	}
}

# peerings are the declared peerings as {local, remote, via} VNet IDs: a
# virtualNetworkPeerings resource (its parent is the local side) or an
# inline peering of a VNet.
peerings contains {"local": local.to, "remote": remote.to, "via": p.id} if {
	some p in core.nodes_of_type(peering_type)
	some local in core.edges_out(p)
	local.kind == "L03"
	local.attr == ["parent"]
	some remote in core.edges_out(p)
	remote.kind == "L03"
	remote.attr != ["parent"]
}

peerings contains {"local": v.id, "remote": e.to, "via": v.id} if {
	some v in core.nodes_of_type(vnet_type)
	some e in core.edges_out(v)
	e.kind == "L03"
}

# peered holds when a peering joins VNets a and b, in either direction.
peered(a, b) if {
	a.id != b.id
	some p in peerings
	{p.local, p.remote} == {a.id, b.id}
}

# one_sided_peering holds when only one of the two VNets declares the
# peering; Azure needs both (§3).
one_sided_peering(a, b) if {
	peered(a, b)
	not both_sides(a.id, b.id)
}

both_sides(a, b) if {
	some p in peerings
	p.local == a
	p.remote == b
	some q in peerings
	q.local == b
	q.remote == a
}

# peering_graph is the peering adjacency, for transitive reachability.
peering_graph[v] contains w if {
	some p in peerings
	some [v, w] in [[p.local, p.remote], [p.remote, p.local]]
}

# reachable_vnets is the set of VNet IDs that count as the cluster's
# network: its own VNets and those peered with them (transitively when the
# profile allows it).
reachable_vnets(c) := ids if {
	own := {v.id | some v in cluster_vnets(c)}
	not input.context.transitive_peering
	ids := own | {p | some v in own; some p in object.get(peering_graph, v, set())}
} else := ids if {
	own := {v.id | some v in cluster_vnets(c)}
	ids := graph.reachable(peering_graph, own) | own
}

# endpoints_to lists the private endpoints that target a resource (L05),
# with the group IDs of the connection (null when unknown or absent) and
# the path of the connection's target attribute.
endpoints_to(r) := [{"pe": pe, "groups": groups(pe, e.attr), "path": e.attr} |
	some e in core.edges_in(r)
	e.kind == "L05"
	pe := input.nodes[e.from]
	core.is_type(pe, endpoint_type)
]

groups(pe, attr) := g if {
	conn := core.path(array.slice(attr, 0, count(attr) - 2))
	g := core.value(pe, array.concat(conn, ["properties", "groupIds"]))
	is_array(g)
} else := null

# has_group holds when an endpoint serves group id (case-insensitive), or
# its group IDs are not given.
has_group(ep, _) if ep.groups == null

has_group(ep, id) if {
	some g in ep.groups
	lower(g) == lower(id)
}

# unresolved_endpoints are private endpoints whose target the scan cannot
# resolve: an unknown value, or an ID of a resource outside the scan.
unresolved_endpoints := [pe |
	some pe in core.nodes_of_type(endpoint_type)
	some field in ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"]
	some i, _ in object.get(pe.attrs, ["properties", field], [])
	path := ["properties", field, i, "properties", "privateLinkServiceId"]
	not core.absent(pe, path)
	not target_linked(pe, path)
]

target_linked(pe, path) if {
	some e in core.edges_out(pe)
	e.kind == "L05"
	core.path_is(e.attr, path)
}

# endpoint_vnets lists the VNets of an endpoint's subnet (L04, L02).
endpoint_vnets(pe) := nodes({v.id | some s in core.out(pe, "L04"); some v in subnet_vnets(s)})

# endpoint_vnet_resolved holds when the scan knows the endpoint's VNet.
endpoint_vnet_resolved(pe) if count(endpoint_vnets(pe)) > 0

# endpoint_in_cluster_network holds when the endpoint's VNet is the
# cluster's or peered with it.
endpoint_in_cluster_network(pe, c) if {
	some v in endpoint_vnets(pe)
	v.id in reachable_vnets(c)
}

# zone_groups lists the DNS zone groups of an endpoint as {node, path}:
# inline on the endpoint (the Terraform mapping) or child resources.
zone_groups(pe) := array.concat(
	[{"node": pe, "path": ["properties", "privateDnsZoneGroups", i]} |
		some i, _ in object.get(pe.attrs, ["properties", "privateDnsZoneGroups"], [])
	],
	[{"node": g, "path": []} |
		some g in core.into(pe, "parent")
		core.is_type(g, zone_group_type)
	],
)

# endpoint_zone_ids_present holds when a zone group names at least one
# DNS zone, resolved or not.
endpoint_zone_ids_present(pe) if {
	some g in zone_groups(pe)
	some i, _ in object.get(g.node.attrs, array.concat(g.path, ["properties", "privateDnsZoneConfigs"]), [])
	path := array.concat(g.path, ["properties", "privateDnsZoneConfigs", i, "properties", "privateDnsZoneId"])
	zone_id_present(g.node, path)
}

# A zone group the scan cannot see completely may hold zones.
endpoint_zone_ids_present(pe) if {
	some g in zone_groups(pe)
	core.unknown(g.node, array.concat(g.path, ["properties", "privateDnsZoneConfigs"]))
}

zone_id_present(n, path) if core.unknown(n, path)

zone_id_present(n, path) if {
	v := core.value(n, path)
	is_string(v)
	v != ""
}

# endpoint_zone_groups_unknown holds when whether the endpoint has zone
# groups cannot be known.
endpoint_zone_groups_unknown(pe) if core.unknown(pe, ["properties", "privateDnsZoneGroups"])

# endpoint_zones lists the DNS zones an endpoint's zone groups name (L06).
endpoint_zones(pe) := nodes({z.id |
	some g in zone_groups(pe)
	some z in core.out(g.node, "L06")
	core.is_type(z, zone_type)
})

# endpoint_zones_resolved holds when every zone an endpoint names is in
# the scan.
endpoint_zones_resolved(pe) if {
	every g in zone_groups(pe) {
		every i, _ in object.get(g.node.attrs, array.concat(g.path, ["properties", "privateDnsZoneConfigs"]), []) {
			zone_linked(g.node, array.concat(g.path, ["properties", "privateDnsZoneConfigs", i, "properties", "privateDnsZoneId"]))
		}
	}
}

zone_linked(n, path) if {
	some e in core.edges_out(n)
	e.kind == "L06"
	core.path_is(e.attr, path)
}

# zone_vnets lists the VNets a DNS zone is linked to (L07).
zone_vnets(z) := nodes({v.id |
	some l in core.into(z, "parent")
	core.is_type(l, zone_link_type)
	some v in core.out(l, "L07")
	core.is_type(v, vnet_type)
})

# zone_links_unresolved holds when a VNet link of the zone names a VNet
# the scan cannot resolve.
zone_links_unresolved(z) if {
	some l in core.into(z, "parent")
	core.is_type(l, zone_link_type)
	count([v | some v in core.out(l, "L07"); core.is_type(v, vnet_type)]) == 0
}

# zone_linked_for_cluster holds when the zone is linked to the cluster's
# VNet, a VNet peered with it, or a DNS hub VNet of the profile.
zone_linked_for_cluster(z, c) if {
	some v in zone_vnets(z)
	v.id in reachable_vnets(c)
}

zone_linked_for_cluster(z, _) if {
	some v in zone_vnets(z)
	dns_hub(v)
}

# dns_hub holds for a VNet the profile names as a DNS hub, by name or ID.
dns_hub(v) if {
	some h in object.get(input.context, "dns_hub_vnets", [])
	lower(h) in {lower(v.name), lower(v.id)}
}

# service_endpoint holds when a subnet enables a service endpoint for a
# service such as Microsoft.Storage (case-insensitive).
service_endpoint(s, service) if has_service_endpoint(object.get(s.attrs, "properties", {}), service)

# subnet_ref describes the subnet a link reaches: a subnet resource, or a
# subnet declared inside its VNet (the link's target is
# properties.subnets[i].id). It gives the node, the subnet's name, its
# properties and their path, and a key that names the subnet.
subnet_ref(s, target) := {"node": s, "name": s.name, "props": object.get(s.attrs, "properties", {}), "path": ["properties"], "key": s.id} if {
	not inline_subnet(target)
}

subnet_ref(v, target) := {"node": v, "name": object.get(sn, "name", v.name), "props": object.get(sn, "properties", {}), "path": ["properties", "subnets", i, "properties"], "key": sprintf("%s#%d", [v.id, i])} if {
	inline_subnet(target)
	i := to_number(target[2])
	sn := object.get(v.attrs, ["properties", "subnets", i], {})
}

# cluster_subnet_refs lists the node subnets of a cluster as subnet_refs.
cluster_subnet_refs(c) := [subnet_ref(input.nodes[e.to], e.target) |
	some pool in azure.node_pools(c)
	some e in core.edges_out(pool.node)
	e.kind == "L01"
	array.slice(e.attr, 0, count(pool.path)) == core.steps(pool.path)
]

# acl_subnet_keys are the keys of the subnets a resource's network ACL
# admits, inline subnets told apart.
acl_subnet_keys(r) := {subnet_ref(input.nodes[e.to], e.target).key |
	some holder in array.concat([r], core.into(r, "L18"))
	some e in core.edges_out(holder)
	e.kind == "acl-subnet"
}

# has_service_endpoint holds when a subnet's properties enable a service
# endpoint for a service.
has_service_endpoint(props, service) if {
	some se in object.get(props, "serviceEndpoints", [])
	lower(se.service) == lower(service)
}

# acl_subnets lists the subnets a resource's network ACL admits
# (properties.networkAcls.virtualNetworkRules[].id), on the resource or on
# a separate network rules resource (L18).
acl_subnets(r) := nodes({e.to |
	some holder in array.concat([r], core.into(r, "L18"))
	some e in core.edges_out(holder)
	e.kind == "acl-subnet"
})

route_table_type := "Microsoft.Network/routeTables"

# subnet_route_tables lists the route tables of a subnet: its
# routeTable.id, or a Terraform route table association naming it.
subnet_route_tables(s) := nodes({r.id |
	some holder in array.concat([s], [a | some a in core.into(s, "parent"); a.type == "azurerm_subnet_route_table_association"])
	some r in core.out(holder, "route-table")
	core.is_type(r, route_table_type)
})

# cluster_route_tables lists the route tables of a cluster's node
# subnets; for a subnet declared inside its VNet, that subnet's only.
cluster_route_tables(c) := nodes({rt.id |
	some pool in azure.node_pools(c)
	some e in core.edges_out(pool.node)
	e.kind == "L01"
	array.slice(e.attr, 0, count(pool.path)) == core.steps(pool.path)
	some rt in subnet_route_tables_at(input.nodes[e.to], e.target)
})

subnet_route_tables_at(s, target) := subnet_route_tables(s) if not inline_subnet(target)

subnet_route_tables_at(v, target) := nodes({e.to |
	some e in core.edges_out(v)
	e.kind == "route-table"
	array.slice(e.attr, 0, 3) == array.slice(core.steps(target), 0, 3)
	core.is_type(input.nodes[e.to], route_table_type)
}) if inline_subnet(target)

# inline_subnet holds when a link's target is a subnet inside its VNet.
inline_subnet(target) if {
	count(target) >= 3
	array.slice(target, 0, 2) == ["properties", "subnets"]
}

# routes lists the routes of a route table (their properties objects):
# inline, and route child resources.
routes(rt) := array.concat(
	[r.properties | some r in object.get(rt.attrs, ["properties", "routes"], []); is_object(r.properties)],
	[object.get(r.attrs, "properties", {}) |
		some r in core.into(rt, "parent")
		core.is_type(r, "Microsoft.Network/routeTables/routes")
	],
)

# default_route_to_appliance holds when a route table sends 0.0.0.0/0 to
# a virtual appliance (a firewall): an explicit egress path.
default_route_to_appliance(rt) if {
	some r in routes(rt)
	r.addressPrefix == "0.0.0.0/0"
	lower(r.nextHopType) == "virtualappliance"
}
