# METADATA
# title: Bootstrap registry reachable through a private endpoint in the cluster network
# description: >-
#   An isolated cluster that bootstraps from your own registry reaches it
#   only through a private link: you create the registry's private endpoint
#   (group registry) in the cluster's VNet or a VNet peered with it, and its
#   DNS integration (a DNS zone group naming the registry's private DNS
#   zone, linked to the cluster's VNet), so that the nodes resolve the
#   registry to the endpoint. Without it the nodes cannot pull their
#   bootstrap images. A registry that keeps public network access is noted.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-012
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (Bring Your Own ACR, private link and private endpoint)
#   remediation: >-
#     Create a private endpoint for the bootstrap registry with
#     subresource_names = ["registry"] (groupIds registry) in a subnet of the
#     cluster's VNet or of a VNet peered with it from both sides, give it a
#     private_dns_zone_group naming the privatelink.azurecr.io zone, and link
#     that zone to the cluster's VNet. Disable public network access on the
#     registry once the endpoint works.
#   scope: >-
#     Clusters meant to be network isolated that name their own bootstrap
#     registry (bootstrapProfile.containerRegistryId).
#   formats: [terraform, arm, bicep]
package iso.registry_private_endpoint

import data.lib.core
import data.lib.iso
import data.lib.network

zone_groups_path := ["properties", "privateDnsZoneGroups"]

public_path := ["properties", "publicNetworkAccess"]

applicable contains p.cluster.id if some p in iso.registry_pairs

applicable contains u.cluster.id if some u in iso.unresolved_registry

# endpoints lists the registry's endpoints that serve group registry.
endpoints(r) := [ep | some ep in network.endpoints_to(r); network.has_group(ep, "registry")]

# in_network lists those in the cluster's VNet or a VNet peered with it.
in_network(c, r) := [ep | some ep in endpoints(r); network.endpoint_in_cluster_network(ep.pe, c)]

# state classifies how the cluster reaches the registry privately.
state(c, r) := {"state": "in"} if {
	count(in_network(c, r)) > 0
} else := {"state": "unknown", "what": "the cluster's VNet (AKS-managed: no node pool names a subnet)", "path": "properties.agentPoolProfiles[].vnetSubnetID"} if {
	count(network.pool_subnets(c)) == 0
} else := {"state": "unknown", "what": "the VNet of the cluster's node pools", "path": "properties.agentPoolProfiles[].vnetSubnetID"} if {
	not network.cluster_network_resolved(c)
} else := {"state": "unknown", "what": sprintf("the VNet of private endpoint %s", [ep.pe.name]), "path": "properties.subnet.id"} if {
	some ep in endpoints(r)
	not network.endpoint_vnet_resolved(ep.pe)
} else := {"state": "unknown", "what": sprintf("the target of private endpoint %s", [pe.name]), "path": "properties.privateLinkServiceConnections[].properties.privateLinkServiceId"} if {
	count(endpoints(r)) == 0
	some pe in network.unresolved_endpoints
} else := {"state": "missing"}

pair_related(_, r) := array.concat(
	[{"resource": r.id, "attr": [], "msg": sprintf("bootstrap registry %s", [r.name])}],
	[{"resource": ep.pe.id, "attr": ["properties", "subnet", "id"], "msg": sprintf("private endpoint %s of the registry, outside the cluster's network", [ep.pe.name])} |
		some ep in endpoints(r)
	],
)

deny contains object.union(iso.at(c, iso.registry_path), {
	"msg": sprintf(
		"AKS cluster %s bootstraps from registry %s, but no private endpoint of that registry (group registry) is in the cluster's VNet or a VNet peered with it",
		[c.name, r.name],
	),
	"related": pair_related(c, r),
}) if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	state(c, r).state == "missing"
}

deny contains object.union(iso.at(c, iso.registry_path), {
	"msg": sprintf(
		"Whether AKS cluster %s reaches bootstrap registry %s through a private endpoint could not be determined: %s is unresolved (%s)",
		[c.name, r.name, s.what, s.path],
	),
	"level": "note",
	"undetermined": true,
	"related": [{"resource": r.id, "attr": [], "msg": sprintf("bootstrap registry %s", [r.name])}],
}) if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	s := state(c, r)
	s.state == "unknown"
}

# Only one-sided peerings bring the endpoints into the cluster's network.
deny contains {
	"msg": sprintf(
		"Private endpoint %s of bootstrap registry %s reaches AKS cluster %s only through a one-sided peering; Azure needs the peering declared on both VNets",
		[ep.pe.name, r.name, c.name],
	),
	"resource": ep.pe.id,
	"attr": ["properties", "subnet", "id"],
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "warning",
} if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	eps := in_network(c, r)
	count(eps) > 0
	not some_direct(c, eps)
	not input.context.transitive_peering
	ep := eps[0]
}

some_direct(c, eps) if {
	some ep in eps
	direct(ep.pe, c)
}

direct(pe, c) if {
	some v in network.endpoint_vnets(pe)
	some o in network.cluster_vnets(c)
	v.id == o.id
}

direct(pe, c) if {
	some v in network.endpoint_vnets(pe)
	some o in network.cluster_vnets(c)
	network.peered(o, v)
	not network.one_sided_peering(o, v)
}

# DNS integration of the endpoints in the cluster's network.
with_zones(c, r) := [ep | some ep in in_network(c, r); network.endpoint_zone_ids_present(ep.pe)]

deny contains {
	"msg": sprintf(
		"Private endpoint %s of bootstrap registry %s has no private DNS zone group, so the nodes of AKS cluster %s resolve the registry to its public address",
		[ep.pe.name, r.name, c.name],
	),
	"resource": ep.pe.id,
	"attr": zone_groups_path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": dns_level,
	"related": [{"resource": c.id, "attr": iso.registry_path, "msg": sprintf("AKS cluster %s bootstraps from registry %s", [c.name, r.name])}],
} if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	eps := in_network(c, r)
	count(eps) > 0
	count(with_zones(c, r)) == 0
	not zone_groups_unknown(eps)
	ep := eps[0]
}

deny contains {
	"msg": sprintf(
		"Whether private endpoint %s of bootstrap registry %s has DNS integration could not be determined: its DNS zone groups are unresolved (properties.privateDnsZoneGroups)",
		[ep.pe.name, r.name],
	),
	"resource": ep.pe.id,
	"attr": zone_groups_path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "note",
	"undetermined": true,
} if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	eps := in_network(c, r)
	count(with_zones(c, r)) == 0
	zone_groups_unknown(eps)
	ep := [e | some e in eps; network.endpoint_zone_groups_unknown(e.pe)][0]
}

zone_groups_unknown(eps) if {
	some ep in eps
	network.endpoint_zone_groups_unknown(ep.pe)
}

dns_level := "warning" if input.context.policy_managed_dns_zone_groups

else := "error"

# The zones the endpoints name must be linked to the cluster's network.
zones(c, r) := [input.nodes[id] | some id in {z.id | some ep in with_zones(c, r); some z in network.endpoint_zones(ep.pe)}]

zones_linked(c, r) if {
	some z in zones(c, r)
	network.zone_linked_for_cluster(z, c)
}

deny contains {
	"msg": sprintf(
		"Private DNS zone %s of the bootstrap registry endpoint is not linked to the VNet of AKS cluster %s (%s), so the nodes cannot resolve registry %s privately",
		[z.name, c.name, vnets(c), r.name],
	),
	"resource": z.id,
	"attr": [],
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "warning",
	"related": [{"resource": ep.pe.id, "attr": zone_groups_path, "msg": sprintf("private endpoint %s of registry %s", [ep.pe.name, r.name])} | some ep in with_zones(c, r)],
} if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	count(with_zones(c, r)) > 0
	not zones_linked(c, r)
	not zone_links_undecided(c, r)
	z := zones(c, r)[0]
}

deny contains {
	"msg": sprintf(
		"Whether the private DNS zone of the endpoint of bootstrap registry %s is linked to the VNet of AKS cluster %s could not be determined: %s is unresolved (%s)",
		[r.name, c.name, u.what, u.path],
	),
	"resource": ep.pe.id,
	"attr": zone_groups_path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "note",
	"undetermined": true,
} if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	ep := with_zones(c, r)[0]
	not zones_linked(c, r)
	u := zone_links_undecided(c, r)
}

# zone_links_undecided says what keeps the link check from deciding: a zone
# outside the scan, or a zone link whose VNet is unresolved.
zone_links_undecided(c, r) := {"what": "a DNS zone the endpoint names", "path": "properties.privateDnsZoneGroups[].properties.privateDnsZoneConfigs[].properties.privateDnsZoneId"} if {
	some ep in with_zones(c, r)
	not network.endpoint_zones_resolved(ep.pe)
} else := {"what": sprintf("a virtual network link of zone %s", [z.name]), "path": "properties.virtualNetwork.id"} if {
	some z in zones(c, r)
	network.zone_links_unresolved(z)
}

vnets(c) := concat(", ", sort({v.name | some v in network.cluster_vnets(c)}))

# Public network access stays open on the registry (the note is about the
# registry, not about the clusters the rule applies to).
deny contains object.union(iso.registry_at(r, public_path), {
	"msg": sprintf("Bootstrap registry %s of a network-isolated cluster keeps public network access%s", [r.name, public_shown(r)]),
	"level": "note",
	"advisory": true,
}) if {
	some r in iso.byo_registries
	public(r)
}

public(r) if core.lower_value(r, public_path) != "disabled"

public(r) if core.absent(r, public_path)

public_shown(r) := " (publicNetworkAccess is absent, so Enabled)" if core.absent(r, public_path)

else := ""

deny contains iso.unresolved_registry_note(u, "The private endpoint of the bootstrap registry") if {
	some u in iso.unresolved_registry
}
