# METADATA
# title: AKS network visible to the scanner
# description: >-
#   A cluster created without a subnet of its own lives in a VNet that AKS
#   manages in the MC_ resource group. That VNet is not in the
#   infrastructure code, so the checks that place private endpoints in the
#   cluster's network cannot run. The cluster is not wrong; the scan only
#   says what it could not verify.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-014
#   severity: note
#   provenance: seed+derived
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 構成する方法 (How to configure, VNet information of a default cluster in MC_ group); 001 Guide pratique
#   remediation: >-
#     To have the secured inference environment checked, deploy the cluster
#     into a subnet you declare (vnet_subnet_id of the node pools, or
#     agentPoolProfiles[].vnetSubnetID) and place the private endpoints in
#     that VNet or one peered with it.
#   scope: >-
#     AKS clusters attached to an Azure ML workspace (or paired with the only
#     workspace through the Azure ML extension).
#   formats: [terraform, arm, bicep]
package inf.cluster_network_visible

import data.lib.azure
import data.lib.core
import data.lib.inf

private_path := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]

clusters := {c.id: [p | some p in azure.aml_pairs; p.cluster.id == c.id] |
	some q in azure.aml_pairs
	c := q.cluster
}

applicable contains id if some id, _ in clusters

# where points at the first node pool, the place a subnet would go.
where(c) := array.concat(azure.node_pools(c)[0].path, ["vnetSubnetID"]) if {
	azure.node_pools(c)[0].node.id == c.id
} else := ["properties", "agentPoolProfiles"]

deny contains {
	"msg": sprintf("AKS cluster %s uses an AKS-managed VNet (no node pool names a subnet), so the network checks of the secured inference environment are skipped (%s)", [c.name, concat("; ", sort({inf.pair_text(p) | some p in pairs}))]),
	"resource": c.id,
	"attr": where(c),
	"heuristic": inf.heuristic_of(pairs),
	"related": [r | some p in pairs; some r in inf.pair_related(p)],
} if {
	some id, pairs in clusters
	c := input.nodes[id]
	not azure.pool_subnet_declared(c)
	not core.unknown(c, private_path)
	not azure.private_cluster(c)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether AKS cluster %s has a VNet the scan can see", [c.name]), "enablePrivateCluster", private_path),
	"resource": c.id,
	"attr": private_path,
	"level": "note",
	"undetermined": true,
} if {
	some id, _ in clusters
	c := input.nodes[id]
	not azure.pool_subnet_declared(c)
	core.unknown(c, private_path)
}
