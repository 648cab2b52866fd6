# METADATA
# title: Private DNS zone integration on every inference-environment private endpoint
# description: >-
#   A private endpoint only helps the AKS cluster when the service's name
#   resolves to the endpoint's private address, which private DNS zone
#   integration (a DNS zone group on the endpoint) provides. Without it the
#   cluster keeps resolving the public address. This holds for the
#   endpoints of the workspace, its storage account, key vault and
#   registry, and the storage accounts of its datastores. Organisations
#   whose Azure Policy adds the zone groups after deployment can lower this
#   to a warning in the scan profile (policy_managed_dns_zone_groups).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-003
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 構成する方法 (How to configure, 2nd and 3rd steps and closing paragraph); 001 Guide pratique (same places)
#   remediation: >-
#     Add a DNS zone group to the private endpoint naming the private DNS
#     zone of its sub-resource (private_dns_zone_group with
#     private_dns_zone_ids, or a privateDnsZoneGroups child resource).
#   scope: >-
#     Private endpoints of the workspace, its storage account, key vault,
#     container registry and datastore storage accounts, for a workspace
#     attached to an AKS cluster that sits in a VNet, except endpoints the
#     scan places outside the cluster's network.
#   formats: [terraform, arm, bicep]
package inf.endpoint_dns_zone

import data.lib.inf
import data.lib.network

groups_path := ["properties", "privateDnsZoneGroups"]

# endpoints maps each endpoint in scope to what it serves, with the pairs.
endpoints := {pe.id: [{"target": e.target, "pair": p} |
	some p in inf.vnet_pairs
	some e in inf.environment_endpoints(p)
	e.pe.id == pe.id
] |
	some q in inf.vnet_pairs
	some x in inf.environment_endpoints(q)
	pe := x.pe
}

applicable contains id if some id, _ in endpoints

level := "warning" if input.context.policy_managed_dns_zone_groups

else := "error"

why := "; the scan profile says Azure Policy adds zone groups after deployment" if input.context.policy_managed_dns_zone_groups

else := ""

# where points at an empty zone group, else at where one would go.
where(pe) := array.concat(groups_path, [0]) if {
	count(object.get(pe.attrs, groups_path, [])) > 0
} else := groups_path

serves(uses) := concat(", ", sort({u.target.what | some u in uses}))

deny contains {
	"msg": sprintf("private endpoint %s (for %s) has no private DNS zone integration, so AKS cluster %s resolves the public address%s%s", [pe.name, serves(uses), concat(", ", sort({u.pair.cluster.name | some u in uses})), why, inf.heuristic_text([u.pair | some u in uses])]),
	"resource": pe.id,
	"attr": where(pe),
	"level": level,
	"heuristic": inf.heuristic_of([u.pair | some u in uses]),
	"related": array.concat(
		[x | some x in {{"resource": u.target.node.id, "attr": [], "msg": u.target.what} | some u in uses}],
		[r | some p in {u.pair | some u in uses}; some r in inf.pair_related(p)],
	),
} if {
	some id, uses in endpoints
	pe := input.nodes[id]
	not network.endpoint_zone_ids_present(pe)
	not inf.unknown_within(pe, groups_path)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether private endpoint %s (for %s) has private DNS zone integration", [pe.name, serves(uses)]), "its DNS zone group", groups_path),
	"resource": pe.id,
	"attr": inf.unknown_at(pe, groups_path),
	"level": "note",
	"undetermined": true,
} if {
	some id, uses in endpoints
	pe := input.nodes[id]
	not network.endpoint_zone_ids_present(pe)
	inf.unknown_within(pe, groups_path)
}
