package sch.api_version_test

import data.lib.testing as t
import data.sch.api_version as rule
import data.sch.builders_test as b

vnet_type := "Microsoft.Network/virtualNetworks"

# 2024-13-01 is in the span of the data but no version of the type.
test_deny_unknown if {
	c := b.node(b.cluster_type, "aks-iso", "2024-13-01", "malformed", [])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: apiVersion 2024-13-01 is not a date with an optional -preview suffix; the newest are 2026-05-01 (GA) and 2026-05-02-preview",
		"resource": c.id,
		"attr": ["apiVersion"],
		"applies_to": c.id,
	}} with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

test_deny_misspelt_preview if {
	c := b.node(b.cluster_type, "aks-iso", "2024-05-02-previw", "malformed", [])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: apiVersion 2024-05-02-previw is not a date with an optional -preview suffix; the newest are 2026-05-01 (GA) and 2026-05-02-preview",
		"resource": c.id,
		"attr": ["apiVersion"],
		"applies_to": c.id,
	}} with input as t.inputs([c])
}

# The network types have no preview apiVersion.
test_deny_unknown_ga_only if {
	v := b.resource(vnet_type, "vnet-aks", "2024-13-01", "malformed", [], "2025-09-01", "")
	rule.deny == {{
		"msg": "Microsoft.Network/virtualNetworks vnet-aks: apiVersion 2024-13-01 is not a date with an optional -preview suffix; the newest is 2025-09-01 (GA)",
		"resource": v.id,
		"attr": ["apiVersion"],
		"applies_to": v.id,
	}} with input as t.inputs([v])
}

test_deny_unknown_preview_only if {
	v := b.resource(b.cluster_type, "aks-iso", "2024-13-01", "malformed", [], "", "2026-05-02-preview")
	some d in rule.deny with input as t.inputs([v])
	endswith(d.msg, "; the newest is 2026-05-02-preview")
}

# Dated after the newest apiVersion the data has: a note.
test_deny_newer_note if {
	c := b.node(b.cluster_type, "aks-iso", "2027-01-01", "newer", [])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: apiVersion 2027-01-01 is newer than the schema data moat carries (newest 2026-05-01 and 2026-05-02-preview), so its properties are not checked",
		"resource": c.id,
		"attr": ["apiVersion"],
		"applies_to": c.id,
		"level": "note",
	}} with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

test_deny_newer_ga_only if {
	v := b.resource(vnet_type, "vnet-aks", "2027-01-01", "newer", [], "2025-09-01", "")
	rule.deny == {{
		"msg": "Microsoft.Network/virtualNetworks vnet-aks: apiVersion 2027-01-01 is newer than the schema data moat carries (newest 2025-09-01), so its properties are not checked",
		"resource": v.id,
		"attr": ["apiVersion"],
		"applies_to": v.id,
		"level": "note",
	}} with input as t.inputs([v])
}

# Problems in the body are the other rules' concern.
test_allow_known if {
	c := b.cluster("aks-iso", "2025-01-01", [b.unknown_property(["properties", "enablePrivateClusters"], "")])
	count(rule.deny) == 0 with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

# Older than the data: nothing to judge it against.
test_unknown_older if {
	c := b.node(b.cluster_type, "aks-old", "2021-05-01", "older", [])
	count(rule.deny) == 0 with input as t.inputs([c])
	count(rule.applicable) == 0 with input as t.inputs([c])
}

test_unknown_no_schema_fact if {
	count(rule.deny) == 0 with input as t.inputs([b.plain])
	count(rule.applicable) == 0 with input as t.inputs([b.plain])
}

test_unknown_applicable if {
	nodes := [
		b.cluster("aks-ok", "2025-01-01", []),
		b.node(b.cluster_type, "aks-bad", "2024-13-01", "malformed", []),
		b.node(b.cluster_type, "aks-new", "2027-01-01", "newer", []),
		b.node(b.cluster_type, "aks-old", "2021-05-01", "older", []),
		b.plain,
	]
	rule.applicable == {
		"Microsoft.ContainerService/managedClusters/aks-ok",
		"Microsoft.ContainerService/managedClusters/aks-bad",
		"Microsoft.ContainerService/managedClusters/aks-new",
	} with input as t.inputs(nodes)
	ds := rule.deny with input as t.inputs(nodes)
	{d.resource | some d in ds} == {
		"Microsoft.ContainerService/managedClusters/aks-bad",
		"Microsoft.ContainerService/managedClusters/aks-new",
	}
}

# A well-formed apiVersion the data lacks: the data may be incomplete, so
# a warning.
test_deny_not_in_data if {
	c := b.node(b.cluster_type, "aks-iso", "2024-12-01", "unknown", [])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: apiVersion 2024-12-01 is not a version of the type in the schema data; the newest are 2026-05-01 (GA) and 2026-05-02-preview",
		"resource": c.id,
		"attr": ["apiVersion"],
		"applies_to": c.id,
		"level": "warning",
	}} with input as t.inputs([c])
}
