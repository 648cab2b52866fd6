package inf.registry_declared_test

import data.inf.builders_test as b
import data.inf.registry_declared as rule
import data.lib.testing as t

no_registry := object.union(b.workspace, {"unknown": [["properties", "storageAccount"], ["properties", "keyVault"]]})

edges_without_registry := [e | some e in b.base_edges; e.to != b.registry.id]

nodes_without_registry := [x | some x in b.nodes_with([no_registry]); x.id != b.registry.id]

test_deny_registry_absent if {
	rule.deny == {{
		"msg": "Azure ML workspace mlw names no container registry; the one it creates on first use is outside this configuration (AKS cluster aks-ml attached to workspace mlw)",
		"resource": no_registry.id,
		"attr": ["properties", "containerRegistry"],
		"heuristic": false,
		"related": [{
			"resource": b.compute.id,
			"attr": ["properties", "resourceId"],
			"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
		}],
	}} with input as t.input_of(nodes_without_registry, edges_without_registry, {})
}

test_allow_registry_declared if {
	count(rule.deny) == 0 with input as b.input_with([], [], {})
}

test_allow_cluster_not_in_vnet if {
	c := object.union(b.cluster, {"unknown": []})
	count(rule.deny) == 0 with input as t.input_of(
		[c, no_registry, b.compute], [
			b.edge(b.compute, no_registry, "L09", ["parent"]),
			b.edge(b.compute, c, "L09", ["properties", "resourceId"]),
		],
		{},
	)
}

# An unknown registry ID is a declared registry, only not resolvable.
test_unknown_registry_value if {
	count(rule.deny) == 0 with input as t.input_of(
		[x | some y in b.base_nodes; y.id != b.registry.id; x := y],
		edges_without_registry,
		{},
	)
}

test_applicable if {
	rule.applicable == {b.workspace.id} with input as b.input_with([], [], {})
}
