package iso.registry_zone_redundancy_test

import data.iso.builders_test as b
import data.iso.registry_zone_redundancy as rule
import data.lib.testing as t

c := b.byo(b.cluster)

zone := ["properties", "zoneRedundancy"]

test_allow_enabled if {
	count(rule.deny) == 0 with input as t.input_of([c, b.registry], [b.registry_edge(c, b.registry)], {})
	rule.applicable == {b.registry.id} with input as t.input_of([c, b.registry], [b.registry_edge(c, b.registry)], {})
}

test_allow_not_isolated if {
	p := b.byo(b.plain)
	r := b.without(b.registry, ["properties/zoneRedundancy"])
	count(rule.deny) == 0 with input as t.input_of([p, r], [b.registry_edge(p, r)], {})
}

test_deny_absent if {
	r := b.without(b.registry, ["properties/zoneRedundancy"])
	rule.deny == {{
		"msg": "Container registry acrisoboot, the bootstrap registry of a network-isolated cluster, is not zone redundant (zoneRedundancy is absent, so Disabled)",
		"resource": r.id,
		"attr": zone,
		"applies_to": r.id,
		"heuristic": false,
		"related": [{"resource": c.id, "attr": b.registry_path, "msg": "AKS cluster aks-iso bootstraps from this registry"}],
	}} with input as t.input_of([c, r], [b.registry_edge(c, r)], {})
}

test_deny_disabled if {
	r := b.props(b.registry, {"zoneRedundancy": "Disabled"})
	some d in rule.deny with input as t.input_of([c, r], [b.registry_edge(c, r)], {})
	endswith(d.msg, "(zoneRedundancy Disabled)")
}

test_unknown_zone_redundancy if {
	r := b.with_unknown(b.registry, [["properties"]])
	some d in rule.deny with input as t.input_of([c, r], [b.registry_edge(c, r)], {})
	d.undetermined == true
	count(rule.deny) == 1 with input as t.input_of([c, r], [b.registry_edge(c, r)], {})
}

test_unknown_registry if {
	some d in rule.deny with input as t.inputs([c])
	d.undetermined == true
	d.resource == c.id
}
