package inf.registry_premium_test

import data.inf.builders_test as b
import data.inf.registry_premium as rule
import data.lib.testing as t

acr(sku) := b.with_attrs(b.registry, {"sku": {"name": sku}})

uses := [{"resource": b.workspace.id, "attr": ["properties", "containerRegistry"], "msg": "workspace mlw uses it"}]

test_deny_standard if {
	r := acr("Standard")
	rule.deny == {{
		"msg": "container registry acrml of the secured inference environment uses SKU Standard, not Premium",
		"resource": r.id,
		"attr": ["sku", "name"],
		"heuristic": false,
		"related": uses,
	}} with input as b.input_with([r], [], {})
}

test_deny_heuristic_pair if {
	r := acr("Basic")
	ext := b.node("Microsoft.KubernetesConfiguration/extensions", "azureml", {"properties": {"extensionType": "Microsoft.AzureML.Kubernetes"}})
	inp := t.input_of(
		[b.workspace, r, b.cluster, b.snet_aks, b.vnet, ext], [
			b.edge(ext, b.cluster, "L10", ["scope"]),
			b.edge(b.cluster, b.snet_aks, "L01", b.pool_subnet),
			b.edge(b.snet_aks, b.vnet, "L02", ["parent"]),
			b.edge(b.workspace, r, "L08", ["properties", "containerRegistry"]),
		],
		{},
	)
	some d in rule.deny with input as inp
	d.heuristic == true
}

test_allow_premium if {
	count(rule.deny) == 0 with input as b.input_with([acr("premium")], [], {})
}

test_allow_cluster_not_in_vnet if {
	c := object.union(b.cluster, {"unknown": []})
	count(rule.deny) == 0 with input as t.input_of(
		[c, b.workspace, b.compute, acr("Basic")], [
			b.edge(b.compute, b.workspace, "L09", ["parent"]),
			b.edge(b.compute, c, "L09", ["properties", "resourceId"]),
			b.edge(b.workspace, b.registry, "L08", ["properties", "containerRegistry"]),
		],
		{},
	)
}

test_unknown_sku if {
	r := b.with_unknown(acr(null), [["sku"]])
	rule.deny == {{
		"msg": "The SKU of container registry acrml could not be determined: its SKU is unresolved (sku.name)",
		"resource": r.id,
		"attr": ["sku", "name"],
		"level": "note",
		"undetermined": true,
		"related": uses,
	}} with input as b.input_with([r], [], {})
}

test_unknown_registry_outside_scan if {
	w := b.with_attrs(b.workspace, {"properties": {"containerRegistry": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/shared"}})
	w2 := object.union(w, {"unknown": [["properties", "storageAccount"]]})
	inp := t.input_of(
		[x | some x in b.nodes_with([w2]); x.id != b.registry.id],
		[e | some e in b.base_edges; e.to != b.registry.id],
		{},
	)
	rule.deny == {{
		"msg": "The SKU of the container registry of workspace mlw could not be determined: the registry, not declared in the scan, is unresolved (properties.containerRegistry)",
		"resource": w.id,
		"attr": ["properties", "containerRegistry"],
		"level": "note",
		"undetermined": true,
	}} with input as inp
	rule.applicable == {w.id} with input as inp
}

test_applicable if {
	rule.applicable == {b.registry.id} with input as b.input_with([], [], {})
}
