package sch.enum_value_test

import data.lib.testing as t
import data.sch.builders_test as b
import data.sch.enum_value as rule

outbound := ["properties", "networkProfile", "outboundType"]

outbound_values := ["loadBalancer", "userDefinedRouting", "managedNATGateway", "userAssignedNATGateway"]

none_versions := ["2024-04-02-preview", "2024-05-02-preview", "2025-01-01", "2025-01-02-preview"]

compute_type := ["properties", "computeType"]

compute_types := [
	"AKS", "AmlCompute", "ComputeInstance", "Databricks", "DataFactory",
	"DataLakeAnalytics", "HDInsight", "Kubernetes", "SynapseSpark", "VirtualMachine",
]

computes := "Microsoft.MachineLearningServices/workspaces/computes"

# outboundType none under managedClusters@2024-02-01: the enum is open, a
# later apiVersion lists the value, and the isolation rules read it.
test_deny_open_enum_catalog if {
	c := b.cluster("aks-iso", "2024-02-01", [b.value(outbound, "none", outbound_values, true, none_versions)])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.networkProfile.outboundType is 'none', which apiVersion 2024-02-01 does not list (it lists loadBalancer, userDefinedRouting, managedNATGateway, userAssignedNATGateway); 2025-01-01 (GA) and 2024-04-02-preview first list it",
		"resource": c.id,
		"attr": outbound,
		"applies_to": c.id,
	}} with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

# Storage accounts have no preview apiVersions, and no catalog rule reads
# the minimum TLS version: a warning, "first lists it".
test_deny_ga_only_warning if {
	attr := ["properties", "minimumTlsVersion"]
	s := b.resource(
		"Microsoft.Storage/storageAccounts", "stdata", "2023-04-01", "known",
		[b.value(attr, "TLS1_3", ["TLS1_0", "TLS1_1", "TLS1_2"], true, ["2023-05-01", "2024-01-01"])],
		"2026-04-01", "",
	)
	rule.deny == {{
		"msg": "Microsoft.Storage/storageAccounts stdata: properties.minimumTlsVersion is 'TLS1_3', which apiVersion 2023-04-01 does not list (it lists TLS1_0, TLS1_1, TLS1_2); 2023-05-01 (GA) first lists it",
		"resource": s.id,
		"attr": attr,
		"applies_to": s.id,
		"level": "warning",
	}} with input as t.inputs([s])
}

test_deny_preview_only if {
	values := array.concat(outbound_values, ["none"])
	c := b.cluster("aks-iso", "2025-01-01", [b.value(outbound, "managedNATGatewayV2", values, true, ["2026-01-02-preview", "2026-05-02-preview"])])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.networkProfile.outboundType is 'managedNATGatewayV2', which apiVersion 2025-01-01 does not list (it lists loadBalancer, userDefinedRouting, managedNATGateway, userAssignedNATGateway, none); 2026-01-02-preview first lists it",
		"resource": c.id,
		"attr": outbound,
		"applies_to": c.id,
	}} with input as t.inputs([c])
}

# Every apiVersion that lists the value predates the declared one.
test_deny_removed if {
	attr := ["properties", "networkProfile", "networkPolicy"]
	c := b.cluster("aks-iso", "2025-03-01", [b.value(attr, "legacy", ["none", "calico", "azure", "cilium"], false, ["2022-01-01", "2024-10-02-preview"])])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.networkProfile.networkPolicy is 'legacy', which apiVersion 2025-03-01 does not list (it lists none, calico, azure, cilium); apiVersions up to 2024-10-02-preview list it",
		"resource": c.id,
		"attr": attr,
		"applies_to": c.id,
		"level": "warning",
	}} with input as t.inputs([c])
}

# A closed enum no apiVersion lists the value of (a discriminator here):
# ten members are all shown.
test_deny_closed_no_versions if {
	w := b.resource(computes, "ws-ml/aks-compute", "2024-04-01", "known", [b.value(compute_type, "AKSx", compute_types, false, [])], "2026-05-01", "2026-05-15-preview")
	rule.deny == {{
		"msg": "Microsoft.MachineLearningServices/workspaces/computes ws-ml/aks-compute: properties.computeType is 'AKSx', which no apiVersion lists (apiVersion 2024-04-01 lists AKS, AmlCompute, ComputeInstance, Databricks, DataFactory, DataLakeAnalytics, HDInsight, Kubernetes, SynapseSpark, VirtualMachine)",
		"resource": w.id,
		"attr": compute_type,
		"applies_to": w.id,
	}} with input as t.inputs([w])
}

test_deny_closed_warning if {
	attr := ["sku", "tier"]
	c := b.cluster("aks-iso", "2025-01-01", [b.value(attr, "Premuim", ["Premium", "Standard", "Free"], false, [])])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: sku.tier is 'Premuim', which no apiVersion lists (apiVersion 2025-01-01 lists Premium, Standard, Free)",
		"resource": c.id,
		"attr": attr,
		"applies_to": c.id,
		"level": "warning",
	}} with input as t.inputs([c])
}

# More than ten members: the first ten and how many more.
test_deny_truncated if {
	values := array.concat(compute_types, ["Extra1", "Extra2"])
	w := b.resource(computes, "ws-ml/aks-compute", "2024-04-01", "known", [b.value(compute_type, "AKSx", values, false, [])], "2026-05-01", "2026-05-15-preview")
	rule.deny == {{
		"msg": "Microsoft.MachineLearningServices/workspaces/computes ws-ml/aks-compute: properties.computeType is 'AKSx', which no apiVersion lists (apiVersion 2024-04-01 lists AKS, AmlCompute, ComputeInstance, Databricks, DataFactory, DataLakeAnalytics, HDInsight, Kubernetes, SynapseSpark, VirtualMachine and 2 more)",
		"resource": w.id,
		"attr": compute_type,
		"applies_to": w.id,
	}} with input as t.inputs([w])
}

test_deny_truncated_with_versions if {
	values := [sprintf("v%02d", [i]) | some i in numbers.range(1, 11)]
	attr := ["properties", "agentPoolProfiles", 0, "osSKU"]
	c := b.cluster("aks-iso", "2024-02-01", [b.value(attr, "AzureLinux3", values, true, ["2024-10-01"])])
	rule.deny == {{
		"msg": "Microsoft.ContainerService/managedClusters aks-iso: properties.agentPoolProfiles.osSKU is 'AzureLinux3', which apiVersion 2024-02-01 does not list (it lists v01, v02, v03, v04, v05, v06, v07, v08, v09, v10 and 1 more); 2024-10-01 (GA) first lists it",
		"resource": c.id,
		"attr": attr,
		"applies_to": c.id,
	}} with input as t.inputs([c])
}

test_allow_listed if {
	c := b.cluster("aks-iso", "2025-01-01", [])
	count(rule.deny) == 0 with input as t.inputs([c])
	rule.applicable == {c.id} with input as t.inputs([c])
}

test_allow_other_kinds if {
	c := b.cluster("aks-iso", "2024-05-01", [
		b.unknown_property(["properties", "enablePrivateClusters"], ""),
		b.read_only(["properties", "fqdn"]),
		b.missing(["properties", "bootstrapProfile"], ["2025-01-01"]),
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
	c := b.cluster("aks-iso", "2024-02-01", [b.value(outbound, "none", outbound_values, true, none_versions)])
	ok := b.cluster("aks-ok", "2025-01-01", [])
	bad := b.node(b.cluster_type, "aks-bad", "2024-13-01", "unknown", [])
	rule.applicable == {c.id, ok.id} with input as t.inputs([c, ok, bad, b.plain])
}
