# METADATA
# title: Workspace container registry is Premium
# description: >-
#   In the secured inference environment the workspace's container
#   registry is reached through a private endpoint, which Azure Container
#   Registry offers only on the Premium SKU. A Basic or Standard registry
#   leaves the cluster without a private path to its images.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-010
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 特別な注意 (Special notes, 3rd bullet); 001 Remarques spéciales (3rd bullet)
#   remediation: >-
#     Set the registry's SKU to Premium (sku = "Premium", or sku.name
#     Premium in ARM and Bicep).
#   scope: >-
#     The container registry of an Azure ML workspace attached to an AKS
#     cluster that sits in a VNet (a node pool subnet, or a private cluster).
#   formats: [terraform, arm, bicep]
package inf.registry_premium

import data.lib.core
import data.lib.inf

sku_path := ["sku", "name"]

registries := inf.vnet_dependencies("containerRegistry")

unresolved := inf.unresolved_vnet_dependencies("containerRegistry")

applicable contains id if some id, _ in registries

applicable contains id if some id, _ in unresolved

deny contains {
	"msg": sprintf("container registry %s of the secured inference environment uses SKU %s, not Premium%s", [r.name, sku, inf.heuristic_text(pairs)]),
	"resource": r.id,
	"attr": sku_path,
	"heuristic": inf.heuristic_of(pairs),
	"related": inf.users_related(pairs, "containerRegistry"),
} if {
	some id, pairs in registries
	r := input.nodes[id]
	sku := core.value(r, sku_path)
	is_string(sku)
	lower(sku) != "premium"
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("The SKU of container registry %s", [r.name]), why(r), sku_path),
	"resource": r.id,
	"attr": sku_path,
	"level": "note",
	"undetermined": true,
	"related": inf.users_related(pairs, "containerRegistry"),
} if {
	some id, pairs in registries
	r := input.nodes[id]
	not core.known(r, sku_path)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("The SKU of the container registry of workspace %s", [w.name]), "the registry, not declared in the scan,", ["properties", "containerRegistry"]),
	"resource": w.id,
	"attr": ["properties", "containerRegistry"],
	"level": "note",
	"undetermined": true,
} if {
	some id, _ in unresolved
	w := input.nodes[id]
}

why(r) := "the registry is declared outside the scan, so its SKU" if inf.external(r)

else := "its SKU"
