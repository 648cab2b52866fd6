package iso.registry_cache_rule_test

import data.iso.builders_test as b
import data.iso.registry_cache_rule as rule
import data.lib.testing as t

c := b.byo(b.cluster)

rule_node(name, src) := b.with_unknown(b.node("Microsoft.ContainerRegistry/registries/cacheRules", name, {"parent": "acrisoboot", "properties": {"sourceRepository": src, "targetRepository": "*"}}), [["parent"]])

mcr := rule_node("aks-managed-mcr", "mcr.microsoft.com/*")

of(x) := b.edge(x, b.registry, "L17", ["parent"])

base_edges := [b.registry_edge(c, b.registry)]

test_allow_mcr_rule if {
	count(rule.deny) == 0 with input as t.input_of([c, b.registry, mcr], array.concat(base_edges, [of(mcr)]), {})
	rule.applicable == {b.registry.id} with input as t.input_of([c, b.registry, mcr], array.concat(base_edges, [of(mcr)]), {})
}

test_allow_mcr_case_insensitive if {
	x := rule_node("mcr", "MCR.Microsoft.com/azure-cli")
	count(rule.deny) == 0 with input as t.input_of([c, b.registry, x], array.concat(base_edges, [of(x)]), {})
}

test_allow_not_isolated if {
	p := b.byo(b.plain)
	count(rule.deny) == 0 with input as t.input_of([p, b.registry], [b.registry_edge(p, b.registry)], {})
}

test_deny_no_rule if {
	rule.deny == {{
		"msg": "Container registry acrisoboot, the bootstrap registry of a network-isolated cluster, has no cache rule for mcr.microsoft.com, so it cannot fetch the AKS images it lacks",
		"resource": b.registry.id,
		"attr": [],
		"applies_to": b.registry.id,
		"heuristic": false,
		"related": [{"resource": c.id, "attr": b.registry_path, "msg": "AKS cluster aks-iso bootstraps from this registry"}],
	}} with input as t.input_of([c, b.registry], base_edges, {})
}

test_deny_other_source if {
	x := rule_node("docker", "docker.io/library/*")
	some d in rule.deny with input as t.input_of([c, b.registry, x], array.concat(base_edges, [of(x)]), {})
	d.resource == b.registry.id
	not d.undetermined
}

test_unknown_source if {
	x := b.with_unknown(rule_node("x", ""), [["parent"], ["properties", "sourceRepository"]])
	some d in rule.deny with input as t.input_of([c, b.registry, x], array.concat(base_edges, [of(x)]), {})
	d.undetermined == true
}

test_unknown_rule_registry if {
	some d in rule.deny with input as t.input_of([c, b.registry, mcr], base_edges, {})
	d.undetermined == true
	contains(d.msg, "the registry of cache rule aks-managed-mcr is unresolved (parent)")
}
