# METADATA
# title: Workspace private endpoint in the AKS network
# description: >-
#   In the secured inference environment the AKS cluster reaches Azure
#   Machine Learning only over private IP addresses, so the workspace needs
#   a private endpoint (sub-resource amlworkspace) in the cluster's VNet or
#   in a VNet peered with it. An endpoint in an unrelated VNet does not
#   help the cluster. Peerings count when both VNets declare them; an
#   endpoint reached only through a one-sided peering is a warning.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-002
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 制限事項 (Limitations, 1st bullet) and 構成する方法 (How to configure, 3rd step); 001 Limites, Guide pratique (3rd step)
#   remediation: >-
#     Add a private endpoint for the workspace with sub-resource
#     amlworkspace in a subnet of the cluster's VNet (or of a VNet peered
#     with it from both sides), with private DNS zone integration.
#   scope: >-
#     Azure ML workspaces attached to an AKS cluster that sits in a VNet
#     (a node pool subnet, or a private cluster).
#   formats: [terraform, arm, bicep]
package inf.workspace_private_endpoint

import data.lib.inf
import data.lib.network

applicable contains p.workspace.id if some p in inf.vnet_pairs

deny contains object.union(f, {
	"msg": concat("", [f.msg, inf.heuristic_text([p])]),
	"applies_to": w.id,
	"heuristic": p.heuristic,
	"related": array.concat(object.get(f, "related", []), inf.pair_related(p)),
}) if {
	some p in inf.vnet_pairs
	w := p.workspace
	eps := [ep | some ep in network.endpoints_to(w); network.has_group(ep, "amlworkspace")]
	r := inf.reach(eps, p.cluster)
	r.state != "fine"
	f := inf.reach_finding(r, sprintf("Azure ML workspace %s", [w.name]), p.cluster, {"resource": w.id, "attr": []}, "")
}
