# METADATA
# title: No node public IPs on an isolated cluster
# description: >-
#   A node with its own public IP can send traffic to the internet even
#   when the cluster's outbound type is none, which silently defeats
#   network isolation. No node pool of an isolated cluster may enable node
#   public IPs; they are off when the setting is omitted.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-009
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: 注意事項 (Caution, node public IPs)
#   remediation: >-
#     Remove node_public_ip_enabled (enable_node_public_ip in azurerm v3) or
#     set it to false on the default node pool and on every
#     azurerm_kubernetes_cluster_node_pool; set enableNodePublicIP to false
#     in ARM and Bicep agent pools.
#   scope: >-
#     Node pools (inline agent pool profiles and separate agentPools
#     resources) of clusters meant to be network isolated.
#   formats: [terraform, arm, bicep]
package iso.node_public_ip

import data.lib.azure
import data.lib.core
import data.lib.iso

applicable contains c.id if some c in iso.clusters

deny contains {
	"msg": sprintf(
		"Node pool %s of AKS cluster %s gives its nodes public IPs, which let traffic leave the network-isolated cluster",
		[iso.pool_name(p), c.name],
	),
	"resource": p.node.id,
	"attr": path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
} if {
	some c in iso.clusters
	some p in azure.node_pools(c)
	path := array.concat(p.path, ["enableNodePublicIP"])
	core.is_true(core.value(p.node, path))
}

deny contains {
	"msg": sprintf(
		"Whether node pool %s of AKS cluster %s has node public IPs could not be determined: enableNodePublicIP is unresolved (%s)",
		[iso.pool_name(p), c.name, iso.path_text(path)],
	),
	"resource": p.node.id,
	"attr": path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "note",
	"undetermined": true,
} if {
	some c in iso.clusters
	some p in azure.node_pools(c)
	path := array.concat(p.path, ["enableNodePublicIP"])
	core.unknown(p.node, path)
}
