# METADATA
# title: Bootstrap registry of an isolated cluster is zone redundant
# description: >-
#   An isolated cluster that bootstraps from your own registry cannot fall
#   back to the public artifact registry, so that registry is on the path
#   of every node start and image pull. The API description of the
#   bootstrap registry asks for a zone-redundant Premium registry.
#   Zone redundancy is off when omitted.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-016
#   severity: warning
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (Bring Your Own ACR)
#   remediation: >-
#     Create the bootstrap registry with zone redundancy
#     (zone_redundancy_enabled = true on azurerm_container_registry;
#     properties.zoneRedundancy Enabled in ARM and Bicep) in a region with
#     availability zones. Zone redundancy cannot be turned on later.
#   scope: >-
#     Registries that clusters meant to be network isolated name as their
#     bootstrap registry (bootstrapProfile.containerRegistryId).
#   formats: [terraform, arm, bicep]
package iso.registry_zone_redundancy

import data.lib.core
import data.lib.iso

zone_path := ["properties", "zoneRedundancy"]

applicable contains r.id if some r in iso.byo_registries

applicable contains u.cluster.id if some u in iso.unresolved_registry

deny contains object.union(iso.registry_at(r, zone_path), {"msg": sprintf(
	"Container registry %s, the bootstrap registry of a network-isolated cluster, is not zone redundant%s",
	[r.name, shown(r)],
)}) if {
	some r in iso.byo_registries
	not_redundant(r)
}

deny contains object.union(iso.registry_at(r, zone_path), {
	"msg": sprintf("Whether container registry %s, the bootstrap registry of a network-isolated cluster, is zone redundant could not be determined: zoneRedundancy is unresolved (properties.zoneRedundancy)", [r.name]),
	"level": "note",
	"undetermined": true,
}) if {
	some r in iso.byo_registries
	core.unknown(r, zone_path)
}

deny contains iso.unresolved_registry_note(u, "Zone redundancy of the bootstrap registry") if {
	some u in iso.unresolved_registry
}

shown(r) := " (zoneRedundancy is absent, so Disabled)" if core.absent(r, zone_path)

else := sprintf(" (zoneRedundancy %s)", [core.value(r, zone_path)])

not_redundant(r) if core.lower_value(r, zone_path) != "enabled"

not_redundant(r) if core.absent(r, zone_path)
