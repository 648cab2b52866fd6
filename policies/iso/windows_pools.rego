# METADATA
# title: No Windows node pools on an isolated cluster
# description: >-
#   Windows node pools are not supported on network-isolated clusters yet.
#   A pool is a Windows pool when its OS type is Windows or its OS SKU is a
#   Windows SKU (Windows2019, Windows2022, ...); an omitted OS type means
#   Linux.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-007
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: 制限事項 (Limitations)
#   remediation: >-
#     Run Windows workloads on a cluster that is not network isolated, and
#     keep the isolated cluster's node pools on Linux (os_type = "Linux"
#     on azurerm_kubernetes_cluster_node_pool; osType Linux on ARM and Bicep
#     agent pools).
#   scope: >-
#     Node pools (inline agent pool profiles and separate agentPools
#     resources) of clusters meant to be network isolated.
#   formats: [terraform, arm, bicep]
package iso.windows_pools

import data.lib.azure
import data.lib.core
import data.lib.iso

applicable contains c.id if some c in iso.clusters

deny contains {
	"msg": sprintf(
		"Node pool %s of AKS cluster %s runs Windows (%s %s); network-isolated clusters support only Linux node pools",
		[iso.pool_name(p), c.name, w.field, core.value(p.node, w.path)],
	),
	"resource": p.node.id,
	"attr": w.path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
} if {
	some c in iso.clusters
	some p in azure.node_pools(c)
	w := windows(p)
}

deny contains {
	"msg": sprintf(
		"Whether node pool %s of AKS cluster %s runs Windows could not be determined: its %s is unresolved (%s)",
		[iso.pool_name(p), c.name, field, iso.path_text(path)],
	),
	"resource": p.node.id,
	"attr": path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "note",
	"undetermined": true,
} if {
	some c in iso.clusters
	some p in azure.node_pools(c)
	not windows(p)
	some field in ["osType", "osSKU"]
	path := array.concat(p.path, [field])
	core.unknown(p.node, path)
}

# windows returns the field that makes a pool a Windows pool, with its path.
windows(p) := {"field": "osType", "path": path} if {
	path := array.concat(p.path, ["osType"])
	core.lower_value(p.node, path) == "windows"
} else := {"field": "osSKU", "path": path} if {
	path := array.concat(p.path, ["osSKU"])
	startswith(core.lower_value(p.node, path), "windows")
}
