package iso.registry_premium_test

import data.iso.builders_test as b
import data.iso.registry_premium as rule
import data.lib.testing as t

c := b.byo(b.cluster)

edges := [b.registry_edge(c, b.registry)]

with_sku(s) := b.with_attrs(b.registry, {"sku": {"name": s}})

test_allow_premium if {
	count(rule.deny) == 0 with input as t.input_of([c, b.registry], edges, {})
	rule.applicable == {b.registry.id} with input as t.input_of([c, b.registry], edges, {})
}

test_allow_managed_registry if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
	count(rule.applicable) == 0 with input as t.inputs([b.cluster])
}

test_allow_not_isolated if {
	p := b.byo(b.plain)
	r := with_sku("Basic")
	count(rule.deny) == 0 with input as t.input_of([p, r], [b.registry_edge(p, r)], {})
}

test_deny_standard if {
	r := with_sku("Standard")
	rule.deny == {{
		"msg": "Container registry acrisoboot, the bootstrap registry of a network-isolated cluster, has SKU Standard; private endpoints need Premium",
		"resource": r.id,
		"attr": ["sku", "name"],
		"applies_to": r.id,
		"heuristic": false,
		"related": [{"resource": c.id, "attr": b.registry_path, "msg": "AKS cluster aks-iso bootstraps from this registry"}],
	}} with input as t.input_of([c, r], [b.registry_edge(c, r)], {})
}

test_unknown_sku if {
	r := b.with_unknown(b.without(b.registry, ["sku"]), [["sku"]])
	some d in rule.deny with input as t.input_of([c, r], [b.registry_edge(c, r)], {})
	d.undetermined == true
	d.resource == r.id
}

test_unknown_registry if {
	rule.deny == {{
		"msg": "The SKU of the bootstrap registry of AKS cluster aks-iso could not be determined: the registry is unresolved or outside the scan (properties.bootstrapProfile.containerRegistryId)",
		"resource": c.id,
		"attr": b.registry_path,
		"applies_to": c.id,
		"heuristic": false,
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}
