# METADATA
# title: Outbound type block only with the AKS-managed VNet
# description: >-
#   Outbound type block is supported when AKS manages the cluster's virtual
#   network. A cluster whose node pools run in subnets of your own VNet
#   must use outbound type none and block egress with its own network
#   rules instead.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-005
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (outbound type block, managed VNet)
#   remediation: >-
#     Either drop the node pools' subnet IDs (vnet_subnet_id,
#     vnetSubnetID) so that AKS manages the VNet, or switch the outbound
#     type to none and add your own network rules (NSG, route table,
#     firewall) that block egress.
#   scope: Clusters whose outbound type is block.
#   formats: [terraform, arm, bicep]
package iso.block_managed_vnet

import data.lib.azure
import data.lib.iso

in_scope contains c if {
	some c in azure.clusters
	iso.outbound(c) == "block"
}

applicable contains c.id if some c in in_scope

deny contains object.union(iso.at(c, iso.outbound_path), {
	"msg": sprintf("AKS cluster %s uses outbound type block, but its node pools run in a VNet of your own; block is only supported with the AKS-managed VNet", [c.name]),
	"related": iso.pool_subnet_related(c),
}) if {
	some c in in_scope
	iso.own_vnet(c)
}

deny contains {
	"msg": sprintf(
		"Whether AKS cluster %s, with outbound type block, runs in a VNet of your own could not be determined: the subnet of a node pool is unresolved (%s)",
		[c.name, iso.path_text(p.path)],
	),
	"resource": p.node.id,
	"attr": p.path,
	"applies_to": c.id,
	"heuristic": false,
	"level": "note",
	"undetermined": true,
} if {
	some c in in_scope
	not iso.own_vnet(c)
	p := iso.unresolved_pool_subnets(c)[0]
}
