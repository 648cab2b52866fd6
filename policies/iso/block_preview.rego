# METADATA
# title: Outbound type block is a preview feature
# description: >-
#   Outbound type none is generally available; block, where AKS adds
#   network rules that drop all egress, is in preview. AKS previews are
#   opt-in, provided as is, only partly covered by support and not meant
#   for production. The azurerm provider does not accept block at all, so
#   Terraform can only set it through an azapi resource body.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-004
#   severity: warning
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (outbound types, メモ and 重要 on previews)
#   remediation: >-
#     For production clusters use outbound type none, and add your own
#     network rules if all egress must be blocked; keep block for test
#     environments, where the dev profile lowers this finding to a note.
#   scope: >-
#     Clusters meant to be network isolated, and any cluster whose outbound
#     type is block.
#   formats: [terraform, arm, bicep]
package iso.block_preview

import data.lib.azure
import data.lib.core
import data.lib.iso

in_scope contains c if some c in iso.clusters

in_scope contains c if {
	some c in azure.clusters
	iso.outbound(c) == "block"
}

applicable contains c.id if some c in in_scope

deny contains object.union(iso.at(c, iso.outbound_path), {
	"msg": sprintf("AKS cluster %s uses outbound type block, a preview feature not meant for production%s", [c.name, azurerm_hint(c)]),
	"level": level,
}) if {
	some c in in_scope
	iso.outbound(c) == "block"
}

deny contains iso.undetermined(
	c,
	sprintf("Whether AKS cluster %s uses the preview outbound type block", [c.name]),
	"its outbound type",
	iso.outbound_path,
) if {
	some c in in_scope
	core.unknown(c, iso.outbound_path)
}

level := "note" if input.context.environment == "dev"

else := "warning"

# The azurerm provider rejects block at plan time.
azurerm_hint(c) := "; the azurerm provider rejects this value, set it through azapi_update_resource" if {
	c.facts.terraform.type == "azurerm_kubernetes_cluster"
} else := ""
