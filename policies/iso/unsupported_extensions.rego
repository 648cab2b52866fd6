# METADATA
# title: Cluster extensions not supported on isolated clusters
# description: >-
#   Some AKS cluster extensions do not support network-isolated clusters
#   yet, because they need egress the cluster does not have. The seed's own
#   list is cut off; the default list (Dapr, Azure App Configuration, Azure
#   Machine Learning, Flux, Azure Container Storage, Azure Backup for AKS)
#   comes from an earlier revision of the upstream page and is configurable
#   (unverified item U2). The Azure ML extension of the inference rules is
#   on it, so an Azure ML inference cluster cannot also be isolated.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-011
#   severity: warning
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: エグレスを必要とする機能、アドオン、拡張機能の使用 (Features that need egress, 3rd bullet)
#   remediation: >-
#     Install the extension on a cluster that is not network isolated, or
#     check the current list of extensions that support isolated clusters
#     and adjust unsupported_extensions in the scan profile.
#   scope: >-
#     Cluster extensions installed on clusters meant to be network isolated
#     whose extension type is in the profile's unsupported_extensions list.
#   formats: [terraform, arm, bicep]
package iso.unsupported_extensions

import data.lib.azure
import data.lib.core
import data.lib.iso

type_path := ["properties", "extensionType"]

unsupported := {lower(x) | some x in object.get(input.context, "unsupported_extensions", [])}

extensions := core.nodes_of_type(azure.extension_type)

# Extensions installed on an isolated cluster.
installed contains {"ext": e, "cluster": c} if {
	some e in extensions
	some c in azure.extension_cluster(e)
	some ic in iso.clusters
	ic.id == c.id
}

# Extensions of an unsupported type whose cluster the scan cannot resolve,
# while the scan has isolated clusters.
unresolved contains e if {
	count(iso.clusters) > 0
	some e in extensions
	count(azure.extension_cluster(e)) == 0
	core.unknown(e, ["scope"])
	core.lower_value(e, type_path) in unsupported
}

applicable contains i.ext.id if some i in installed

applicable contains e.id if some e in unresolved

deny contains {
	"msg": sprintf(
		"Extension %s (%s) is installed on AKS cluster %s, which is meant to be network isolated (%s); this extension type does not support isolated clusters",
		[i.ext.name, core.value(i.ext, type_path), i.cluster.name, iso.reason(i.cluster)],
	),
	"resource": i.ext.id,
	"attr": type_path,
	"applies_to": i.ext.id,
	"heuristic": iso.heuristic(i.cluster),
	"related": [{"resource": i.cluster.id, "attr": [], "msg": sprintf("AKS cluster %s", [i.cluster.name])}],
} if {
	some i in installed
	core.lower_value(i.ext, type_path) in unsupported
}

deny contains {
	"msg": sprintf(
		"Whether extension %s on AKS cluster %s is supported on an isolated cluster could not be determined: its extension type is unresolved (properties.extensionType)",
		[i.ext.name, i.cluster.name],
	),
	"resource": i.ext.id,
	"attr": type_path,
	"applies_to": i.ext.id,
	"heuristic": iso.heuristic(i.cluster),
	"level": "note",
	"undetermined": true,
} if {
	some i in installed
	core.unknown(i.ext, type_path)
}

deny contains {
	"msg": sprintf(
		"Whether extension %s (%s) is installed on a network-isolated cluster could not be determined: its cluster is unresolved (scope)",
		[e.name, core.value(e, type_path)],
	),
	"resource": e.id,
	"attr": ["scope"],
	"level": "note",
	"undetermined": true,
} if {
	some e in unresolved
}
