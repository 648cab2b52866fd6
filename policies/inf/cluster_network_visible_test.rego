package inf.cluster_network_visible_test

import data.inf.builders_test as b
import data.inf.cluster_network_visible as rule
import data.lib.testing as t

managed := object.union(b.cluster, {"unknown": []})

edges_without_subnet := [e | some e in b.base_edges; e.kind != "L01"]

test_deny_managed_vnet if {
	rule.deny == {{
		"msg": "AKS cluster aks-ml uses an AKS-managed VNet (no node pool names a subnet), so the network checks of the secured inference environment are skipped (AKS cluster aks-ml attached to workspace mlw)",
		"resource": managed.id,
		"attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"],
		"heuristic": false,
		"related": [{
			"resource": b.compute.id,
			"attr": ["properties", "resourceId"],
			"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
		}],
	}} with input as t.input_of(b.nodes_with([managed]), edges_without_subnet, {})
}

test_allow_byo_subnet if {
	count(rule.deny) == 0 with input as b.input_with([], [], {})
}

test_allow_private_cluster if {
	c := b.with_attrs(managed, {"properties": {"apiServerAccessProfile": {"enablePrivateCluster": true}}})
	count(rule.deny) == 0 with input as t.input_of(b.nodes_with([c]), edges_without_subnet, {})
}

test_allow_not_attached if {
	count(rule.deny) == 0 with input as t.inputs([managed])
}

# A subnet named by an unknown value is a subnet: the cluster is behind a VNet.
test_allow_unknown_subnet if {
	count(rule.deny) == 0 with input as t.input_of(b.base_nodes, edges_without_subnet, {})
}

test_unknown_private_cluster if {
	c := b.with_unknown(managed, [["properties", "apiServerAccessProfile", "enablePrivateCluster"]])
	rule.deny == {{
		"msg": "Whether AKS cluster aks-ml has a VNet the scan can see could not be determined: enablePrivateCluster is unresolved (properties.apiServerAccessProfile.enablePrivateCluster)",
		"resource": c.id,
		"attr": ["properties", "apiServerAccessProfile", "enablePrivateCluster"],
		"level": "note",
		"undetermined": true,
	}} with input as t.input_of(b.nodes_with([c]), edges_without_subnet, {})
}

test_applicable if {
	rule.applicable == {b.cluster.id} with input as b.input_with([], [], {})
}
