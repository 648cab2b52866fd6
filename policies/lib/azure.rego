# METADATA
# description: Azure resources under their ARM types, read as the catalog normalises them.
package lib.azure

import data.lib.core

cluster_type := "Microsoft.ContainerService/managedClusters"

extension_type := "Microsoft.KubernetesConfiguration/extensions"

# isolated holds for a cluster meant to be network isolated (scope S-ISO):
# artifact source Cache, outbound type none or block, or the isolation tag.
isolated(c) if lower(core.value(c, ["properties", "bootstrapProfile", "artifactSource"])) == "cache"

isolated(c) if lower(core.value(c, ["properties", "networkProfile", "outboundType"])) in {"none", "block"}

isolated(c) if core.is_true(core.value(c, ["tags", input.context.isolation_tag]))

# manifests_cluster is the cluster the scan's manifests deploy to.
manifests_cluster := input.nodes[input.context.cluster]

# manifests_isolated says whether the manifests deploy to an isolated
# cluster, and whether only a heuristic association says so.
manifests_isolated := {"heuristic": false, "why": "the scan profile marks the cluster as network isolated"} if {
	input.context.network_isolated
} else := {"heuristic": input.context.cluster_heuristic, "why": sprintf("cluster %s is network isolated", [manifests_cluster.name])} if {
	isolated(manifests_cluster)
}

# ml_extensions are the Azure ML extensions (scope S-AMLEXT).
ml_extensions contains e if {
	some e in core.nodes_of_type(extension_type)
	lower(core.value(e, ["properties", "extensionType"])) == "microsoft.azureml.kubernetes"
}

# extension_cluster lists the clusters an extension is installed on (L10).
extension_cluster(e) := core.out(e, "L10")
