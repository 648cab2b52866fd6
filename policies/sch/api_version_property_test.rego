package sch.api_version_property_test

import data.lib.testing as t
import data.sch.api_version_property as rule
import data.sch.builders_test as b

bootstrap := ["properties", "bootstrapProfile"]

# The apiVersions of managedClusters with properties.bootstrapProfile, up to
# the first GA one and the preview after it.
bootstrap_versions := ["2024-01-02-preview", "2024-02-02-preview", "2024-10-02-preview", "2025-01-01", "2025-01-02-preview"]

toolchain := ["properties", "aiToolchainOperatorProfile"]

toolchain_versions := ["2023-09-02-preview", "2023-10-02-preview", "2025-05-01", "2025-05-02-preview"]

psp := ["properties", "enablePodSecurityPolicy"]

psp_versions := ["2022-01-01", "2022-01-02-preview", "2025-02-01", "2025-02-02-preview"]

# managedClusters@2024-05-01 with a bootstrap profile: the artifact-cache
# rules read properties.bootstrapProfile.artifactSource, inside it, so it
# is an error (the rule's level).
test_deny_catalog_property if {
	c := b.cluster("aks-iso", "2024-05-01", [b.missing(bootstrap, bootstrap_versions)])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.bootstrapProfile is not in apiVersion 2024-05-01, so Azure ignores it; 2025-01-01 (GA) and 2024-01-02-preview first have it",
		"resource": c.id,
		"attr": bootstrap,
		"applies_to": c.id,
		"key": true,
	}} with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

# The catalog path itself, not only an object holding it.
test_deny_catalog_leaf if {
	attr := ["properties", "apiServerAccessProfile", "enableVnetIntegration"]
	c := b.cluster("aks-iso", "2024-05-01", [b.missing(attr, ["2022-04-02-preview", "2025-03-01"])])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.apiServerAccessProfile.enableVnetIntegration is not in apiVersion 2024-05-01, so Azure ignores it; 2025-03-01 (GA) and 2022-04-02-preview first have it",
		"resource": c.id,
		"attr": attr,
		"applies_to": c.id,
		"key": true,
	}} with input as t.inputs([c])
}

# No catalog rule reads the AI toolchain operator: a warning.
test_deny_non_catalog_warning if {
	c := b.cluster("aks-iso", "2024-05-01", [b.missing(toolchain, toolchain_versions)])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.aiToolchainOperatorProfile is not in apiVersion 2024-05-01, so Azure ignores it; 2025-05-01 (GA) and 2023-09-02-preview first have it",
		"resource": c.id,
		"attr": toolchain,
		"applies_to": c.id,
		"key": true,
		"level": "warning",
	}} with input as t.inputs([c])
}

# Every apiVersion with the property predates the declared one: it was
# removed, so the message names the last one.
test_deny_removed if {
	c := b.cluster("aks-iso", "2025-03-01", [b.missing(psp, psp_versions)])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.enablePodSecurityPolicy is not in apiVersion 2025-03-01, so Azure ignores it; apiVersions up to 2025-02-02-preview have it",
		"resource": c.id,
		"attr": psp,
		"applies_to": c.id,
		"key": true,
		"level": "warning",
	}} with input as t.inputs([c])
}

# Network types have no preview apiVersions: one GA version "has" it.
test_deny_ga_only if {
	attr := ["properties", "defaultOutboundAccess"]
	s := b.resource(
		"Microsoft.Network/virtualNetworks/subnets", "snet-aks", "2023-04-01", "known",
		[b.missing(attr, ["2023-05-01", "2023-06-01", "2025-09-01"])],
		"2025-09-01", "",
	)
	rule.deny == {{
		"msg": "Microsoft.Network/virtualNetworks/subnets snet-aks: properties.defaultOutboundAccess is not in apiVersion 2023-04-01, so Azure ignores it; 2023-05-01 (GA) first has it",
		"resource": s.id,
		"attr": attr,
		"applies_to": s.id,
		"key": true,
	}} with input as t.inputs([s])
}

test_deny_preview_only if {
	attr := ["properties", "claimsMatchingExpression"]
	f := b.resource(
		"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", "fc-app", "2024-11-30", "known",
		[b.missing(attr, ["2025-01-31-preview", "2025-05-31-preview"])],
		"2024-11-30", "2025-05-31-preview",
	)
	rule.deny == {{
		"msg": "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials fc-app: properties.claimsMatchingExpression is not in apiVersion 2024-11-30, so Azure ignores it; 2025-01-31-preview first has it",
		"resource": f.id,
		"attr": attr,
		"applies_to": f.id,
		"key": true,
		"level": "warning",
	}} with input as t.inputs([f])
}

# A property of a pool in the list: the attribute keeps the index.
test_deny_in_list if {
	attr := ["properties", "agentPoolProfiles", 1, "securityProfile"]
	c := b.cluster("aks-iso", "2024-05-01", [b.missing(attr, ["2023-06-02-preview", "2024-07-01"])])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.agentPoolProfiles.securityProfile is not in apiVersion 2024-05-01, so Azure ignores it; 2024-07-01 (GA) and 2023-06-02-preview first have it",
		"resource": c.id,
		"attr": attr,
		"applies_to": c.id,
		"key": true,
		"level": "warning",
	}} with input as t.inputs([c])
}

# ARM reads type names ignoring case: the level and the message follow the
# schema's name of the type.
test_deny_type_case if {
	c := b.retyped(b.cluster("aks-iso", "2024-05-01", [b.missing(bootstrap, bootstrap_versions)]), "microsoft.containerservice/MANAGEDCLUSTERS")
	some d in rule.deny with input as t.inputs([c])
	d.resource == c.id
	not d.level
	startswith(d.msg, "Microsoft.ContainerService/managedClusters aks-iso: ")
}

test_deny_levels_per_problem if {
	c := b.cluster("aks-iso", "2024-05-01", [b.missing(bootstrap, bootstrap_versions), b.missing(toolchain, toolchain_versions)])
	ds := rule.deny with input as t.inputs([c])
	{[d.attr, object.get(d, "level", "error")] | some d in ds} == {[bootstrap, "error"], [toolchain, "warning"]}
}

test_allow_present if {
	c := b.cluster("aks-iso", "2025-01-01", [])
	count(rule.deny) == 0 with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

# Unknown names, read-only properties and values belong to the other rules.
test_allow_other_kinds if {
	c := b.cluster("aks-iso", "2024-05-01", [
		b.unknown_property(["properties", "enablePrivateClusters"], ""),
		b.read_only(["properties", "fqdn"]),
		b.value(["properties", "networkProfile", "outboundType"], "none", ["loadBalancer"], true, ["2025-01-01"]),
	])
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_unknown_no_schema_fact if {
	count(rule.deny) == 0 with input as t.inputs([b.plain])
	count(rule.applicable) == 0 with input as t.inputs([b.plain])
}

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
	c := b.cluster("aks-iso", "2024-05-01", [b.missing(bootstrap, bootstrap_versions)])
	ok := b.cluster("aks-ok", "2025-01-01", [])
	new := b.node(b.cluster_type, "aks-new", "2027-01-01", "newer", [])
	rule.applicable == {c.id, ok.id} with input as t.inputs([c, ok, new, b.plain])
}
