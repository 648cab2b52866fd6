# METADATA
# title: Private DNS zones linked to the AKS network
# description: >-
#   DNS zone integration on a private endpoint only changes what the AKS
#   nodes resolve when the private DNS zone is linked to the VNet whose
#   resolver they use: the cluster's VNet, a VNet peered with it, or a DNS
#   hub VNet named in the scan profile (dns_hub_vnets). A zone linked only
#   to other VNets leaves the cluster resolving public addresses. Zones
#   declared outside the scan may have links the scan cannot see; they get
#   a note.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-004
#   severity: warning
#   provenance: seed+derived
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 構成する方法 (How to configure, 2nd and 3rd steps and closing paragraph); 001 Guide pratique (same places)
#   remediation: >-
#     Link each private DNS zone the endpoints use to the cluster's VNet
#     (azurerm_private_dns_zone_virtual_network_link, or a
#     privateDnsZones/virtualNetworkLinks resource), or to the DNS hub VNet
#     that resolves names for it, and list that hub in dns_hub_vnets.
#   scope: >-
#     Private DNS zones named by the private endpoints of the inference
#     environment (workspace, storage, key vault, registry, datastore
#     storage) of a workspace attached to an AKS cluster that sits in a VNet.
#   formats: [terraform, arm, bicep]
package inf.dns_zone_linked

import data.lib.core
import data.lib.inf
import data.lib.network

uses contains {"zone": z, "pair": p, "pe": e.pe} if {
	some p in inf.vnet_pairs
	some e in inf.environment_endpoints(p)
	some z in network.endpoint_zones(e.pe)
}

# checks maps each (zone, cluster) to the uses that need the link.
checks := {[u.zone.id, u.pair.cluster.id]: [x | some x in uses; x.zone.id == u.zone.id; x.pair.cluster.id == u.pair.cluster.id] | some u in uses}

# Endpoints whose zone IDs the scan cannot resolve.
open_endpoints := {e.pe.id: e.pe |
	some p in inf.vnet_pairs
	some e in inf.environment_endpoints(p)
	network.endpoint_zone_ids_present(e.pe)
	not network.endpoint_zones_resolved(e.pe)
}

applicable contains u.zone.id if some u in uses

applicable contains id if some id, _ in open_endpoints

endpoints_related(us) := [{
	"resource": id,
	"attr": ["properties", "privateDnsZoneGroups", 0],
	"msg": sprintf("private endpoint %s uses the zone", [input.nodes[id].name]),
} |
	some id in {u.pe.id | some u in us}
]

deny contains {
	"msg": sprintf("private DNS zone %s, used by private endpoint %s, is not linked to %s, a VNet peered with it, or a DNS hub VNet of the scan profile%s%s", [z.name, concat(", ", sort({u.pe.name | some u in us})), inf.cluster_network_text(c), linked_text(z), inf.heuristic_text([u.pair | some u in us])]),
	"resource": z.id,
	"attr": [],
	"heuristic": inf.heuristic_of([u.pair | some u in us]),
	"related": array.concat(endpoints_related(us), [inf.cluster_related(c)]),
} if {
	some key, us in checks
	z := input.nodes[key[0]]
	c := input.nodes[key[1]]
	not network.zone_linked_for_cluster(z, c)
	network.cluster_network_resolved(c)
	not inf.external(z)
	not network.zone_links_unresolved(z)
}

linked_text(z) := sprintf(" (it is linked to %s)", [inf.vnet_names(network.zone_vnets(z))]) if {
	count(network.zone_vnets(z)) > 0
} else := ""

# The zone is declared outside the scan: its links may be there too.
deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether private DNS zone %s is linked to the network of AKS cluster %s", [z.name, c.name]), "the set of VNet links of this zone, declared outside the scan,", ["virtualNetworkLinks"]),
	"resource": z.id,
	"attr": [],
	"level": "note",
	"undetermined": true,
	"related": endpoints_related(us),
} if {
	some key, us in checks
	z := input.nodes[key[0]]
	c := input.nodes[key[1]]
	not network.zone_linked_for_cluster(z, c)
	inf.external(z)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether private DNS zone %s is linked to the network of AKS cluster %s", [z.name, c.name]), sprintf("the VNet of its link %s", [l.name]), link_attr),
	"resource": l.id,
	"attr": link_attr,
	"level": "note",
	"undetermined": true,
	"applies_to": z.id,
	"related": endpoints_related(us),
} if {
	some key, us in checks
	z := input.nodes[key[0]]
	c := input.nodes[key[1]]
	not network.zone_linked_for_cluster(z, c)
	not inf.external(z)
	network.zone_links_unresolved(z)
	l := [x |
		some x in core.into(z, "parent")
		core.is_type(x, network.zone_link_type)
		count(core.out(x, "L07")) == 0
	][0]
}

link_attr := ["properties", "virtualNetwork", "id"]

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether private DNS zone %s is linked to the network of AKS cluster %s", [z.name, c.name]), inf.cluster_unresolved_what(c), inf.cluster_unresolved_attr(c)),
	"resource": inf.cluster_unresolved_node(c),
	"attr": inf.cluster_unresolved_attr(c),
	"level": "note",
	"undetermined": true,
	"applies_to": z.id,
} if {
	some key, _ in checks
	z := input.nodes[key[0]]
	c := input.nodes[key[1]]
	not network.zone_linked_for_cluster(z, c)
	not network.cluster_network_resolved(c)
	not inf.external(z)
	not network.zone_links_unresolved(z)
}

# An endpoint names a zone the scan cannot resolve.
deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether the private DNS zone of private endpoint %s is linked to the AKS network", [pe.name]), "its DNS zone ID", z.path),
	"resource": z.node.id,
	"attr": z.path,
	"level": "note",
	"undetermined": true,
} if {
	some _, pe in open_endpoints
	z := open_zone(pe)
}

# open_zone is the first zone ID of an endpoint that no L06 link
# resolves: in a zone group inside the endpoint or a zone group resource.
open_zone(pe) := z if {
	z := [{"node": g.node, "path": p} |
		some g in network.zone_groups(pe)
		some j, _ in object.get(g.node.attrs, array.concat(g.path, ["properties", "privateDnsZoneConfigs"]), [])
		p := array.concat(g.path, ["properties", "privateDnsZoneConfigs", j, "properties", "privateDnsZoneId"])
		not resolved(g.node, p)
	][0]
} else := {"node": pe, "path": ["properties", "privateDnsZoneGroups"]}

resolved(pe, path) if {
	some e in core.edges_out(pe)
	e.kind == "L06"
	core.path_is(e.attr, path)
}
