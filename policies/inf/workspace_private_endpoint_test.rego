package inf.workspace_private_endpoint_test

import data.inf.builders_test as b
import data.inf.workspace_private_endpoint as rule
import data.lib.testing as t

compute_related := {
	"resource": b.compute.id,
	"attr": ["properties", "resourceId"],
	"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
}

cluster_related := {
	"resource": b.cluster.id,
	"attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"],
	"msg": "AKS cluster aks-ml",
}

test_deny_no_endpoint if {
	rule.deny == {{
		"msg": "Azure ML workspace mlw has no private endpoint in the VNet of AKS cluster aks-ml (vnet-aks) or a VNet peered with it",
		"resource": b.workspace.id,
		"attr": [],
		"applies_to": b.workspace.id,
		"heuristic": false,
		"related": [cluster_related, compute_related],
	}} with input as b.build([], {})
}

test_deny_endpoint_in_other_vnet if {
	pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_other, [])
	rule.deny == {{
		"msg": "Azure ML workspace mlw has no private endpoint in the VNet of AKS cluster aks-ml (vnet-aks) or a VNet peered with it: pe-mlw is in VNet vnet-other",
		"resource": pe.node.id,
		"attr": ["properties", "subnet", "id"],
		"applies_to": b.workspace.id,
		"heuristic": false,
		"related": [
			cluster_related,
			{"resource": b.workspace.id, "attr": [], "msg": "Azure ML workspace mlw"},
			compute_related,
		],
	}} with input as b.build([pe], {})
}

test_deny_heuristic_pair if {
	ext := b.node("Microsoft.KubernetesConfiguration/extensions", "azureml", {"properties": {"extensionType": "Microsoft.AzureML.Kubernetes"}})
	inp := t.input_of(
		[b.workspace, b.cluster, b.snet_aks, b.vnet, ext], [
			b.edge(ext, b.cluster, "L10", ["scope"]),
			b.edge(b.cluster, b.snet_aks, "L01", b.pool_subnet),
			b.edge(b.snet_aks, b.vnet, "L02", ["parent"]),
		],
		{},
	)
	some d in rule.deny with input as inp
	d.heuristic == true
	d.resource == b.workspace.id
	endswith(d.msg, "(AKS cluster aks-ml paired heuristically with workspace mlw, the only workspace in the scan, through the cluster's Azure ML extension)")
}

test_allow_endpoint_in_cluster_vnet if {
	pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_pe, [])
	count(rule.deny) == 0 with input as b.build([pe], {})
}

test_allow_groups_not_given if {
	pe := b.endpoint("pe-mlw", b.workspace, null, b.snet_pe, [])
	count(rule.deny) == 0 with input as b.build([pe], {})
}

test_deny_other_group_only if {
	pe := b.endpoint("pe-mlw", b.workspace, ["notebooks"], b.snet_pe, [])
	some d in rule.deny with input as b.build([pe], {})
	d.resource == b.workspace.id
}

test_allow_peered_both_sides if {
	pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_other, [])
	count(rule.deny) == 0 with input as b.build([pe, b.peering(b.vnet, b.other_vnet), b.peering(b.other_vnet, b.vnet)], {})
}

test_deny_one_sided_peering if {
	pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_other, [])
	rule.deny == {{
		"msg": "Azure ML workspace mlw is reached through private endpoint pe-mlw in VNet vnet-other, which is peered with the VNet of AKS cluster aks-ml (vnet-aks) from one side only; Azure needs the peering declared on both VNets",
		"resource": pe.node.id,
		"attr": ["properties", "subnet", "id"],
		"level": "warning",
		"applies_to": b.workspace.id,
		"heuristic": false,
		"related": [cluster_related, compute_related],
	}} with input as b.build([pe, b.peering(b.vnet, b.other_vnet)], {})
}

test_unknown_endpoint_subnet if {
	pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_pe, [])
	open := {"node": pe.node, "edges": [e | some e in pe.edges; e.kind != "L04"]}
	some d in rule.deny with input as b.build([open], {})
	d.undetermined
	d.resource == pe.node.id
	d.msg == "Whether Azure ML workspace mlw is reachable privately from AKS cluster aks-ml could not be determined: the subnet of private endpoint pe-mlw is unresolved (properties.subnet.id)"
}

test_unknown_private_cluster_without_subnet if {
	c := b.with_attrs(object.union(b.cluster, {"unknown": []}), {"properties": {"apiServerAccessProfile": {"enablePrivateCluster": true}}})
	inp := t.input_of(
		b.nodes_with([c]),
		[e | some e in b.base_edges; e.kind != "L01"],
		{},
	)
	rule.deny == {{
		"msg": "Whether Azure ML workspace mlw is reachable privately from AKS cluster aks-ml could not be determined: the VNet of AKS cluster aks-ml, which names no node subnet (an AKS-managed VNet), is unresolved (properties.agentPoolProfiles[0].vnetSubnetID)",
		"resource": c.id,
		"attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"],
		"level": "note",
		"undetermined": true,
		"applies_to": b.workspace.id,
		"heuristic": false,
		"related": [compute_related],
	}} with input as inp
}

test_unknown_endpoint_target if {
	pe := b.endpoint("pe-x", b.workspace, ["amlworkspace"], b.snet_pe, [])
	open := {"node": pe.node, "edges": [e | some e in pe.edges; e.kind != "L05"]}
	some d in rule.deny with input as b.build([open], {})
	d.undetermined
	d.resource == b.workspace.id
}

test_applicable if {
	rule.applicable == {b.workspace.id} with input as b.build([], {})
}
