package sch.unknown_property_test

import data.lib.testing as t
import data.sch.builders_test as b
import data.sch.unknown_property as rule

typo := ["properties", "apiServerAccessProfile", "enablePrivateClusters"]

misplaced := ["properties", "enablePrivateClusters"]

state := ["properties", "provisioningState"]

test_deny_suggestion if {
	c := b.cluster("aks-iso", "2025-01-01", [b.unknown_property(typo, "enablePrivateCluster")])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.apiServerAccessProfile.enablePrivateClusters is not a property of the type at any apiVersion, so Azure ignores it (did you mean enablePrivateCluster?)",
		"resource": c.id,
		"attr": typo,
		"applies_to": c.id,
		"key": true,
	}} with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

test_deny_no_suggestion if {
	c := b.cluster("aks-iso", "2025-01-01", [b.unknown_property(misplaced, "")])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.enablePrivateClusters is not a property of the type at any apiVersion, so Azure ignores it",
		"resource": c.id,
		"attr": misplaced,
		"applies_to": c.id,
		"key": true,
	}} with input as t.inputs([c])
}

test_deny_read_only_note if {
	c := b.cluster("aks-iso", "2025-01-01", [b.read_only(state)])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.provisioningState is read-only, so Azure ignores the value written",
		"resource": c.id,
		"attr": state,
		"applies_to": c.id,
		"key": true,
		"level": "note",
	}} with input as t.inputs([c])
}

# An attribute inside a list keeps its index; the path drops it.
test_deny_in_list if {
	attr := ["properties", "agentPoolProfiles", 0, "osSku"]
	c := b.cluster("aks-iso", "2025-01-01", [b.unknown_property(attr, "osSKU")])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.agentPoolProfiles.osSku is not a property of the type at any apiVersion, so Azure ignores it (did you mean osSKU?)",
		"resource": c.id,
		"attr": attr,
		"applies_to": c.id,
		"key": true,
	}} with input as t.inputs([c])
}

# Each problem of the two kinds is one finding; the other kinds belong to
# AZR-SCH-002 and AZR-SCH-003.
test_deny_several if {
	c := b.cluster("aks-iso", "2024-05-01", [
		b.unknown_property(typo, "enablePrivateCluster"),
		b.read_only(state),
		b.missing(["properties", "bootstrapProfile"], ["2024-01-02-preview", "2025-01-01"]),
		b.value(["properties", "networkProfile", "outboundType"], "none", ["loadBalancer"], true, ["2025-01-01"]),
	])
	ds := rule.deny with input as t.inputs([c])
	{d.attr | some d in ds} == {typo, state}
	{d.resource | some d in ds} == {c.id}
}

test_deny_per_node if {
	c1 := b.cluster("aks-a", "2025-01-01", [b.unknown_property(typo, "enablePrivateCluster")])
	c2 := b.cluster("aks-b", "2025-01-01", [b.read_only(state)])
	ds := rule.deny with input as t.inputs([c1, c2, b.plain])
	{[d.resource, d.attr] | some d in ds} == {[c1.id, typo], [c2.id, state]}
}

test_allow_clean if {
	c := b.cluster("aks-iso", "2025-01-01", [])
	count(rule.deny) == 0 with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

test_allow_other_kinds if {
	c := b.cluster("aks-iso", "2024-05-01", [
		b.missing(["properties", "bootstrapProfile"], ["2024-01-02-preview", "2025-01-01"]),
		b.value(["properties", "networkProfile", "outboundType"], "none", ["loadBalancer"], true, ["2025-01-01"]),
	])
	count(rule.deny) == 0 with input as t.inputs([c])
}

# A resource the schema does not check has no fact: nothing to judge.
test_unknown_no_schema_fact if {
	count(rule.deny) == 0 with input as t.inputs([b.plain])
	count(rule.applicable) == 0 with input as t.inputs([b.plain])
}

# Without a known apiVersion the body is not compared, so the rule does not
# apply (AZR-SCH-004 reports the apiVersion).
test_unknown_api_version if {
	nodes := [
		b.node(b.cluster_type, "aks-bad", "2024-13-01", "unknown", []),
		b.node(b.cluster_type, "aks-new", "2027-01-01", "newer", []),
		b.node(b.cluster_type, "aks-old", "2021-05-01", "older", []),
	]
	count(rule.deny) == 0 with input as t.inputs(nodes)
	count(rule.applicable) == 0 with input as t.inputs(nodes)
}

test_unknown_applicable if {
	c := b.cluster("aks-iso", "2025-01-01", [])
	old := b.node(b.cluster_type, "aks-old", "2021-05-01", "older", [])
	rule.applicable == {c.id} with input as t.inputs([c, old, b.plain])
}
