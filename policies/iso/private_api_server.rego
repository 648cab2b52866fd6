# METADATA
# title: API server of an isolated cluster is private
# description: >-
#   Traffic between the API server and the nodes of a network-isolated
#   cluster must stay on private networks. The cluster is either a private
#   cluster (the API server is reached through a private endpoint in the
#   cluster's subnet) or uses API Server VNet integration (the API server
#   is projected into a delegated subnet of the cluster's VNet; with your
#   own VNet that subnet must be given). A public API server leaves that
#   traffic on public endpoints.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-003
#   severity: error
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (How it works, private cluster modes)
#   remediation: >-
#     Make the cluster private (private_cluster_enabled = true in
#     Terraform, properties.apiServerAccessProfile.enablePrivateCluster in
#     ARM and Bicep), or enable API Server VNet integration
#     (api_server_access_profile { virtual_network_integration_enabled =
#     true, subnet_id = ... }; enableVnetIntegration and subnetId) with a
#     delegated subnet when the cluster runs in your own VNet.
#   scope: >-
#     Clusters meant to be network isolated: artifact source Cache, outbound
#     type none or block, the isolation tag, or the cluster the scan profile
#     marks as isolated.
#   formats: [terraform, arm, bicep]
package iso.private_api_server

import data.lib.core
import data.lib.iso

private_path := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]

integration_path := ["properties", "apiServerAccessProfile", "enableVnetIntegration"]

subnet_path := ["properties", "apiServerAccessProfile", "subnetId"]

applicable contains c.id if some c in iso.clusters

private(c) if core.value(c, private_path) == true

integrated(c) if core.value(c, integration_path) == true

deny contains object.union(iso.at(c, private_path), {"msg": sprintf(
	"AKS cluster %s is meant to be network isolated (%s) but its API server is public: it is neither a private cluster nor VNet-integrated",
	[c.name, iso.reason(c)],
)}) if {
	some c in iso.clusters
	not private(c)
	not integrated(c)
	not core.unknown(c, private_path)
	not core.unknown(c, integration_path)
}

deny contains object.union(iso.at(c, subnet_path), {
	"msg": sprintf(
		"AKS cluster %s uses API Server VNet integration in its own VNet without naming the API server subnet (subnetId)",
		[c.name],
	),
	"related": iso.pool_subnet_related(c),
}) if {
	some c in iso.clusters
	not private(c)
	integrated(c)
	core.absent(c, subnet_path)
	iso.own_vnet(c)
}

deny contains iso.undetermined(
	c,
	sprintf("Whether the API server of AKS cluster %s is private", [c.name]),
	"its API server access profile",
	path,
) if {
	some c in iso.clusters
	not private(c)
	not integrated(c)
	path := unknown_setting(c)
}

unknown_setting(c) := private_path if {
	core.unknown(c, private_path)
} else := integration_path if {
	core.unknown(c, integration_path)
}

deny contains {
	"msg": sprintf(
		"Whether AKS cluster %s needs an API server subnet could not be determined: the subnet of a node pool is unresolved (%s)",
		[c.name, iso.path_text(p.path)],
	),
	"resource": p.node.id,
	"attr": p.path,
	"applies_to": c.id,
	"heuristic": iso.heuristic(c),
	"level": "note",
	"undetermined": true,
} if {
	some c in iso.clusters
	not private(c)
	integrated(c)
	core.absent(c, subnet_path)
	not iso.own_vnet(c)
	p := iso.unresolved_pool_subnets(c)[0]
}
