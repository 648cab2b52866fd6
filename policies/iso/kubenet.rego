# METADATA
# title: No kubenet on an isolated cluster
# description: >-
#   Network-isolated clusters do not support the kubenet network plugin;
#   use Azure CNI (overlay or pod subnet). In Terraform an omitted
#   network_profile block means kubenet. The ARM API does not document a
#   default plugin, so an ARM or Bicep cluster that omits it cannot be
#   decided (unverified item U5).
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-008
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: 制限事項 (Limitations)
#   remediation: >-
#     Use Azure CNI: network_profile { network_plugin = "azure",
#     network_plugin_mode = "overlay" } in Terraform, or networkPlugin azure
#     (with networkPluginMode overlay) in ARM and Bicep.
#   scope: >-
#     Clusters meant to be network isolated: artifact source Cache, outbound
#     type none or block, the isolation tag, or the cluster the scan profile
#     marks as isolated.
#   formats: [terraform, arm, bicep]
package iso.kubenet

import data.lib.core
import data.lib.iso

plugin_path := ["properties", "networkProfile", "networkPlugin"]

applicable contains c.id if some c in iso.clusters

deny contains object.union(iso.at(c, plugin_path), {"msg": sprintf(
	"AKS cluster %s is meant to be network isolated (%s) but uses the kubenet network plugin%s",
	[c.name, iso.reason(c), defaulted(c)],
)}) if {
	some c in iso.clusters
	core.lower_value(c, plugin_path) == "kubenet"
}

deny contains iso.undetermined(
	c,
	sprintf("The network plugin of AKS cluster %s", [c.name]),
	"its network plugin",
	plugin_path,
) if {
	some c in iso.clusters
	core.unknown(c, plugin_path)
}

# ARM and Bicep document no default plugin (U5).
deny contains object.union(iso.at(c, plugin_path), {
	"msg": sprintf(
		"The network plugin of AKS cluster %s could not be determined: networkPlugin is absent and the API documents no default (properties.networkProfile.networkPlugin)",
		[c.name],
	),
	"level": "note",
	"undetermined": true,
}) if {
	object.get(input.context, ["unverified", "arm_network_plugin_note"], true)
	some c in iso.clusters
	core.absent(c, plugin_path)
}

defaulted(c) := " (no network_profile block, so the provider default kubenet applies)" if {
	iso.defaulted(c, plugin_path)
} else := ""
