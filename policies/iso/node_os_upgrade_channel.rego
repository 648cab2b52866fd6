# METADATA
# title: Node OS upgrade channel is NodeImage or None
# description: >-
#   Network-isolated clusters support only the NodeImage and None node OS
#   upgrade channels. SecurityPatch and Unmanaged patch the node OS from
#   package repositories, which needs egress the cluster does not have;
#   node images are pulled through the private registry instead. An
#   omitted channel means NodeImage.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-006
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: 制限事項 (Limitations); よく寄せられる質問 (FAQ, upgrade channels)
#   remediation: >-
#     Set the node OS upgrade channel to NodeImage or None
#     (node_os_upgrade_channel in azurerm v4 and later, node_os_channel_upgrade
#     in v3; properties.autoUpgradeProfile.nodeOSUpgradeChannel in ARM and
#     Bicep), and upgrade node images instead of packages.
#   scope: >-
#     Clusters meant to be network isolated: artifact source Cache, outbound
#     type none or block, the isolation tag, or the cluster the scan profile
#     marks as isolated.
#   formats: [terraform, arm, bicep]
package iso.node_os_upgrade_channel

import data.lib.core
import data.lib.iso

channel_path := ["properties", "autoUpgradeProfile", "nodeOSUpgradeChannel"]

unsupported := {"securitypatch", "unmanaged"}

applicable contains c.id if some c in iso.clusters

deny contains object.union(iso.at(c, channel_path), {"msg": sprintf(
	"AKS cluster %s is meant to be network isolated (%s) but uses node OS upgrade channel %s; only NodeImage and None are supported",
	[c.name, iso.reason(c), core.value(c, channel_path)],
)}) if {
	some c in iso.clusters
	core.lower_value(c, channel_path) in unsupported
}

deny contains iso.undetermined(
	c,
	sprintf("The node OS upgrade channel of AKS cluster %s", [c.name]),
	"its channel",
	channel_path,
) if {
	some c in iso.clusters
	core.unknown(c, channel_path)
}
