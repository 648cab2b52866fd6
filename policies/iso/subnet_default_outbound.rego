# METADATA
# title: Node subnet of an isolated cluster has default outbound access off
# description: >-
#   With outbound type none AKS creates no egress path, but VMs in a subnet
#   that keeps default outbound access still get implicit outbound
#   connectivity from Azure. The upstream guide for your own VNet creates
#   the cluster subnet with default outbound access disabled. Default
#   outbound access is on when the setting is omitted (for the newest API
#   versions this default is unverified).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-018
#   severity: warning
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (outbound type none with your own VNet)
#   remediation: >-
#     Set default_outbound_access_enabled = false on the node subnets
#     (azurerm_subnet, or the inline subnet block of azurerm_virtual_network);
#     properties.defaultOutboundAccess false in ARM and Bicep.
#   scope: >-
#     Node subnets of clusters meant to be network isolated whose outbound
#     type is none.
#   formats: [terraform, arm, bicep]
package iso.subnet_default_outbound

import data.lib.core
import data.lib.iso
import data.lib.network

in_scope := [c | some c in iso.clusters; iso.outbound(c) == "none"]

# refs lists, for each node pool naming a subnet, the subnet setting it
# leads to: {cluster, pool, node, path}, with node null when unresolved.
refs contains {"cluster": c, "pool": p, "node": n, "path": path} if {
	some c in in_scope
	some p in network.pool_subnets(c)
	some e in core.edges_out(p.node)
	e.kind == "L01"
	core.path_is(e.attr, p.path)
	[n, path] := setting(input.nodes[e.to], e.target)
}

refs contains {"cluster": c, "pool": p, "node": null, "path": p.path} if {
	some c in in_scope
	some p in network.pool_subnets(c)
	not resolved(p)
}

resolved(p) if {
	some e in core.edges_out(p.node)
	e.kind == "L01"
	core.path_is(e.attr, p.path)
	setting(input.nodes[e.to], e.target)
}

# setting returns the subnet node and the path of its default outbound
# access: a subnet resource, or an inline subnet of a VNet.
setting(n, _) := [n, ["properties", "defaultOutboundAccess"]] if core.is_type(n, network.subnet_type)

setting(n, target) := [n, ["properties", "subnets", to_number(target[2]), "properties", "defaultOutboundAccess"]] if {
	core.is_type(n, network.vnet_type)
	count(target) == 4
	array.slice(target, 0, 2) == ["properties", "subnets"]
}

# subnets are the resolved node subnet settings, each once.
subnets contains {"node": r.node, "path": r.path} if {
	some r in refs
	r.node != null
}

applicable contains s.node.id if some s in subnets

applicable contains r.cluster.id if {
	some r in refs
	r.node == null
}

clusters_of(s) := sort({c.name | some r in refs; r.node == s.node; r.path == s.path; c := r.cluster})

subnet_name(s) := object.get(s.node.attrs, array.concat(array.slice(s.path, 0, 3), ["name"]), s.node.name) if {
	core.is_type(s.node, network.vnet_type)
} else := s.node.name

related(s) := [{"resource": r.pool.node.id, "attr": r.pool.path, "msg": sprintf("node pool of AKS cluster %s", [r.cluster.name])} |
	some r in refs
	r.node == s.node
	r.path == s.path
]

deny contains {
	"msg": sprintf(
		"Subnet %s, a node subnet of network-isolated cluster %s with outbound type none, keeps default outbound access%s, so its nodes may still reach the internet",
		[subnet_name(s), concat(", ", clusters_of(s)), shown(s)],
	),
	"resource": s.node.id,
	"attr": s.path,
	"applies_to": s.node.id,
	"related": related(s),
} if {
	some s in subnets
	open(s)
}

deny contains {
	"msg": sprintf(
		"Whether subnet %s, a node subnet of network-isolated cluster %s, has default outbound access could not be determined: defaultOutboundAccess is unresolved (%s)",
		[subnet_name(s), concat(", ", clusters_of(s)), iso.path_text(s.path)],
	),
	"resource": s.node.id,
	"attr": s.path,
	"applies_to": s.node.id,
	"level": "note",
	"undetermined": true,
} if {
	some s in subnets
	core.unknown(s.node, s.path)
}

deny contains {
	"msg": sprintf(
		"Whether the node subnet of AKS cluster %s has default outbound access could not be determined: the subnet is unresolved (%s)",
		[r.cluster.name, iso.path_text(r.path)],
	),
	"resource": r.pool.node.id,
	"attr": r.path,
	"applies_to": r.cluster.id,
	"heuristic": iso.heuristic(r.cluster),
	"level": "note",
	"undetermined": true,
} if {
	some r in refs
	r.node == null
}

open(s) if core.value(s.node, s.path) != false

open(s) if core.absent(s.node, s.path)

shown(s) := " (defaultOutboundAccess is absent, so on)" if {
	core.absent(s.node, s.path)
} else := " (default_outbound_access_enabled is omitted, so on)" if {
	iso.defaulted(s.node, s.path)
} else := ""
