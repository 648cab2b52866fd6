# METADATA
# title: Isolated cluster uses outbound type none or block
# description: >-
#   A cluster is only network isolated when AKS sets up no egress path for
#   it: outbound type none (no default route is created) or block (AKS adds
#   rules that drop all egress). With loadBalancer, a NAT gateway or
#   user-defined routing the nodes can still reach the internet, even when
#   the cluster bootstraps from a private registry. An omitted outbound
#   type means loadBalancer.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-001
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (How it works, outbound types); よく寄せられる質問 (FAQ)
#   remediation: >-
#     Set the cluster's outbound type to none (network_profile.outbound_type
#     in Terraform, properties.networkProfile.outboundType in ARM and
#     Bicep), or to block through ARM, Bicep or azapi_update_resource when
#     the cluster uses the AKS-managed virtual network.
#   scope: >-
#     Clusters meant to be network isolated because they bootstrap from the
#     artifact cache (artifact source Cache), carry the isolation tag, or are
#     the cluster the scan profile marks as isolated. A cluster isolated
#     only by its outbound type complies by definition.
#   formats: [terraform, arm, bicep]
package iso.outbound_type

import data.lib.core
import data.lib.iso

# Clusters meant to be isolated for a reason other than the outbound type.
in_scope := [c | some c in iso.clusters; iso.intended(c)]

applicable contains c.id if some c in in_scope

deny contains object.union(iso.at(c, iso.outbound_path), {"msg": sprintf(
	"AKS cluster %s is meant to be network isolated (%s) but uses outbound type %s, which leaves an egress path",
	[c.name, iso.reason(c), shown(c)],
)}) if {
	some c in in_scope
	iso.outbound(c)
	not iso.isolating_outbound(c)
}

deny contains iso.undetermined(
	c,
	sprintf("Whether AKS cluster %s uses outbound type none or block", [c.name]),
	"its outbound type",
	iso.outbound_path,
) if {
	some c in in_scope
	core.unknown(c, iso.outbound_path)
}

shown(c) := "loadBalancer (the default)" if {
	core.absent(c, iso.outbound_path)
} else := sprintf("%s, which the profile does not accept as isolating (unverified item U1)", [core.value(c, iso.outbound_path)]) if {
	iso.outbound(c) == "block"
} else := core.value(c, iso.outbound_path)
