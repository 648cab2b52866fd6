# METADATA
# title: Azure Files and Blob CSI storage classes use private endpoints
# description: >-
#   On a network-isolated cluster the Azure Files and Azure Blob CSI drivers
#   reach their storage accounts over public endpoints unless the storage
#   class sets networkEndpointType to privateEndpoint; that traffic is
#   egress the cluster is not supposed to have. The AKS built-in Azure Files
#   and Blob storage classes do not set the parameter.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-010
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: エグレスを必要とする機能、アドオン、拡張機能の使用 (Features that need egress, 2nd bullet)
#   remediation: >-
#     Create your own StorageClass for file.csi.azure.com or
#     blob.csi.azure.com with parameters.networkEndpointType set to
#     privateEndpoint, and use it instead of the built-in azurefile or
#     azureblob classes.
#   scope: >-
#     Kubernetes manifests of a cluster meant to be network isolated: the
#     scan profile says so (network_isolated), or the cluster the manifests
#     deploy to has artifact source Cache, outbound type none or block, or
#     the isolation tag.
#   formats: [kubernetes]
package iso.csi_private_endpoint

import data.lib.azure
import data.lib.core
import data.lib.iso as iso_lib
import data.lib.kubernetes as k8s

drivers := {"file.csi.azure.com", "blob.csi.azure.com"}

# The parameter key as written (CSI parameter names are case-insensitive).
param_key(sc) := k if {
	some k, _ in object.get(sc.attrs, "parameters", {})
	lower(k) == "networkendpointtype"
}

storage_classes contains sc if {
	some sc in k8s.of_kind("StorageClass")
	lower(sc.attrs.provisioner) in drivers
}

volumes contains pv if {
	some pv in k8s.of_kind("PersistentVolume")
	lower(pv.attrs.spec.csi.driver) in drivers
}

# The rule applies to the Azure Files and Blob storage classes, the claims
# and the statically provisioned volumes of manifests that deploy to an
# isolated cluster.
applicable contains sc.id if {
	some sc in storage_classes
	azure.object_isolated(sc)
}

applicable contains c.node.id if {
	some c in claims
	azure.object_isolated(c.node)
}

applicable contains pv.id if {
	some pv in volumes
	azure.object_isolated(pv)
}

deny contains {
	"msg": sprintf("StorageClass %s (%s) does not set networkEndpointType, so the driver reaches storage over public endpoints; %s", [sc.name, sc.attrs.provisioner, iso.why]),
	"resource": sc.id,
	"attr": ["parameters", "networkEndpointType"],
	"heuristic": iso.heuristic,
} if {
	some sc in storage_classes
	iso := azure.object_isolated(sc)
	not param_key(sc)
	not core.unknown(sc, ["parameters"])
}

deny contains {
	"msg": sprintf("StorageClass %s (%s) sets networkEndpointType to %q, not privateEndpoint; %s", [sc.name, sc.attrs.provisioner, v, iso.why]),
	"resource": sc.id,
	"attr": ["parameters", k],
	"heuristic": iso.heuristic,
} if {
	some sc in storage_classes
	iso := azure.object_isolated(sc)
	k := param_key(sc)
	v := core.value(sc, ["parameters", k])
	lower(sprintf("%v", [v])) != "privateendpoint"
}

# A claim on an AKS built-in Azure Files or Blob class.
deny contains {
	"msg": sprintf("%s %s/%s uses the built-in storage class %s, which does not use private endpoints; %s", [n.attrs.kind, n.namespace, n.name, class, iso.why]),
	"resource": n.id,
	"attr": path,
	"heuristic": iso.heuristic,
} if {
	some c in claims
	n := c.node
	iso := azure.object_isolated(n)
	path := c.path
	class := core.value(n, path)
	class in input.context.builtin_storage_classes
	not redefined(class)
}

# Static provisioning: privacy rests on the storage account's own endpoint.
deny contains {
	"msg": sprintf("PersistentVolume %s mounts an existing share through %s; private access depends on that storage account's private endpoint", [pv.name, pv.attrs.spec.csi.driver]),
	"resource": pv.id,
	"attr": ["spec", "csi", "driver"],
	"level": "note",
	"heuristic": iso.heuristic,
} if {
	some pv in volumes
	iso := azure.object_isolated(pv)
}

deny contains {
	"msg": sprintf("Whether StorageClass %s (%s) uses private endpoints could not be determined: %s is unresolved (%s)", [sc.name, sc.attrs.provisioner, what, iso_lib.path_text(path)]),
	"resource": sc.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
	"heuristic": iso.heuristic,
} if {
	some sc in storage_classes
	iso := azure.object_isolated(sc)
	[what, path] := unknown_parameter(sc)
}

deny contains {
	"msg": sprintf("Whether %s %s/%s uses a built-in storage class without private endpoints could not be determined: its storage class name is unresolved (%s)", [n.attrs.kind, n.namespace, n.name, iso_lib.path_text(c.path)]),
	"resource": n.id,
	"attr": c.path,
	"level": "note",
	"undetermined": true,
	"heuristic": iso.heuristic,
} if {
	some c in claims
	n := c.node
	iso := azure.object_isolated(n)
	core.unknown(n, c.path)
}

# unknown_parameter names the parameter value the check cannot read.
unknown_parameter(sc) := ["networkEndpointType", ["parameters", k]] if {
	k := param_key(sc)
	core.unknown(sc, ["parameters", k])
} else := ["its parameters", ["parameters"]] if {
	not param_key(sc)
	core.unknown(sc, ["parameters"])
}

claims contains {"node": n, "path": ["spec", "storageClassName"]} if {
	some n in k8s.of_kind("PersistentVolumeClaim")
}

claims contains {"node": n, "path": ["spec", "volumeClaimTemplates", i, "spec", "storageClassName"]} if {
	some n in k8s.of_kind("StatefulSet")
	some i, _ in n.attrs.spec.volumeClaimTemplates
}

# redefined holds when the scan declares its own class under a built-in name.
redefined(class) if count(k8s.objects("StorageClass", "", class)) > 0
