# METADATA
# title: Outbound type none or block requires the Cache artifact source
# description: >-
#   With outbound type none or block the nodes have no route to the
#   internet, so they cannot pull AKS images and binaries from the public
#   Microsoft Artifact Registry. A network-isolated cluster bootstraps from a
#   private registry instead (artifact source Cache), which fetches missing
#   images from the artifact registry for it. An omitted artifact source
#   means Direct, the public registry.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-002
#   severity: error
#   provenance: seed+derived
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (How it works, private ACR instead of MAR)
#   remediation: >-
#     Set the bootstrap artifact source to Cache (bootstrap_profile
#     { artifact_source = "Cache" } in Terraform, azurerm 4.44 or later;
#     properties.bootstrapProfile.artifactSource in ARM and Bicep), with the
#     AKS-managed registry or your own registry in containerRegistryId.
#   scope: >-
#     Clusters whose outbound type is none, or block while the profile
#     accepts block as an isolating outbound type (unverified item U1).
#   formats: [terraform, arm, bicep]
package iso.artifact_cache

import data.lib.core
import data.lib.iso

in_scope := [c | some c in iso.clusters; iso.isolating_outbound(c)]

applicable contains c.id if some c in in_scope

deny contains object.union(iso.at(c, iso.artifact_path), {"msg": sprintf(
	"AKS cluster %s uses outbound type %s but its bootstrap artifact source is %s, so the nodes would pull images from the public registry over an egress path they do not have",
	[c.name, core.value(c, iso.outbound_path), source(c)],
)}) if {
	some c in in_scope
	not iso.cache(c)
	not core.unknown(c, iso.artifact_path)
}

deny contains iso.undetermined(
	c,
	sprintf("Whether AKS cluster %s bootstraps from the artifact cache", [c.name]),
	"its bootstrap artifact source",
	iso.artifact_path,
) if {
	some c in in_scope
	core.unknown(c, iso.artifact_path)
}

source(c) := v if {
	v := core.value(c, iso.artifact_path)
} else := "Direct (the default)"
