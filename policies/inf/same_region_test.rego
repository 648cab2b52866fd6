package inf.same_region_test

import data.inf.builders_test as b
import data.inf.same_region as rule

pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_other, [])

in_region(n, loc) := b.with_attrs(n, {"location": loc})

related := [
	{"resource": b.workspace.id, "attr": ["location"], "msg": "workspace mlw"},
	{"resource": pe.node.id, "attr": ["properties", "privateLinkServiceConnections"], "msg": "private endpoint pe-mlw of the workspace"},
	{"resource": b.compute.id, "attr": ["properties", "resourceId"], "msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw"},
]

test_deny_other_region if {
	c := in_region(b.cluster, "eastus")
	rule.deny == {{
		"msg": "AKS cluster aks-ml is in region eastus but workspace mlw, which has a private endpoint, is in westeurope; Azure ML needs them in the same region",
		"resource": c.id,
		"attr": ["location"],
		"heuristic": false,
		"related": related,
	}} with input as b.input_with([c], [pe], {})
}

test_allow_same_region_spelled_differently if {
	c := in_region(b.cluster, "West Europe")
	count(rule.deny) == 0 with input as b.input_with([c], [pe], {})
}

test_allow_no_workspace_endpoint if {
	c := in_region(b.cluster, "eastus")
	count(rule.deny) == 0 with input as b.input_with([c], [], {})
}

test_unknown_location if {
	c := b.with_unknown(in_region(b.cluster, null), [["location"]])
	rule.deny == {{
		"msg": "Whether AKS cluster aks-ml is in the region of workspace mlw could not be determined: the location of aks-ml is unresolved (location)",
		"resource": c.id,
		"attr": ["location"],
		"level": "note",
		"undetermined": true,
		"applies_to": c.id,
		"related": related,
	}} with input as b.input_with([c], [pe], {})
}

# Both read the location of the same resource group: equal though unknown.
test_allow_unknown_same_source if {
	rg := b.node("Microsoft.Resources/resourceGroups", "rg-ml", {})
	c := b.with_unknown(in_region(b.cluster, null), [["location"], b.pool_subnet])
	w := b.with_unknown(in_region(b.workspace, null), array.concat(b.workspace.unknown, [["location"]]))
	loc_c := object.union(b.edge(c, rg, "reference", ["location"]), {"target": ["location"]})
	loc_w := object.union(b.edge(w, rg, "reference", ["location"]), {"target": ["location"]})
	count(rule.deny) == 0 with input as b.input_with([c, w], [pe, {"node": rg, "edges": [loc_c, loc_w]}], {})
}

# ARM: both computed by the same expression of one deployment.
from_expression(n) := object.union(
	b.with_unknown(in_region(n, null), array.concat(n.unknown, [["location"]])),
	{"facts": {"unknown_sources": {"location": "main.json:[resourceGroup().location]"}}},
)

test_allow_unknown_same_expression if {
	count(rule.deny) == 0 with input as b.input_with([from_expression(b.cluster), from_expression(b.workspace)], [pe], {})
}

test_applicable if {
	rule.applicable == {b.cluster.id} with input as b.input_with([], [pe], {})
}
