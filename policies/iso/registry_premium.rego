# METADATA
# title: Bootstrap registry of an isolated cluster is Premium
# description: >-
#   A cluster that bootstraps from your own registry reaches it through a
#   private endpoint, and private endpoints (like the zone redundancy the
#   API asks for) are only available on the Premium tier of Azure Container
#   Registry. With Basic or Standard the private link the isolated cluster
#   depends on cannot exist.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-013
#   severity: error
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (Bring Your Own ACR with a private link)
#   remediation: >-
#     Use the Premium SKU for the bootstrap registry (sku = "Premium" on
#     azurerm_container_registry; sku.name Premium in ARM and Bicep).
#   scope: >-
#     Registries that clusters meant to be network isolated name as their
#     bootstrap registry (bootstrapProfile.containerRegistryId).
#   formats: [terraform, arm, bicep]
package iso.registry_premium

import data.lib.core
import data.lib.iso

sku_path := ["sku", "name"]

applicable contains r.id if some r in iso.byo_registries

applicable contains u.cluster.id if some u in iso.unresolved_registry

deny contains object.union(iso.registry_at(r, sku_path), {"msg": sprintf(
	"Container registry %s, the bootstrap registry of a network-isolated cluster, has SKU %s; private endpoints need Premium",
	[r.name, core.value(r, sku_path)],
)}) if {
	some r in iso.byo_registries
	core.lower_value(r, sku_path) != "premium"
}

deny contains object.union(iso.registry_at(r, sku_path), {
	"msg": sprintf("The SKU of container registry %s, the bootstrap registry of a network-isolated cluster, could not be determined: its SKU is unresolved (sku.name)", [r.name]),
	"level": "note",
	"undetermined": true,
}) if {
	some r in iso.byo_registries
	not core.known(r, sku_path)
}

deny contains iso.unresolved_registry_note(u, "The SKU of the bootstrap registry") if {
	some u in iso.unresolved_registry
}
