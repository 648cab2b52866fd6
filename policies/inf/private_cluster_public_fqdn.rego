# METADATA
# title: No public FQDN on a private AKS cluster used by Azure ML
# description: >-
#   Azure Machine Learning cannot use a private AKS cluster whose API server
#   is also published under a public FQDN. A cluster that a workspace
#   attaches as compute, or that runs the Azure ML extension, must either
#   stay public or be private without the public FQDN.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-007
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 制限事項 (Limitations, 3rd bullet); 001 Limites (3rd bullet)
#   remediation: >-
#     Turn the public FQDN off on the private cluster
#     (private_cluster_public_fqdn_enabled = false, or
#     apiServerAccessProfile.enablePrivateClusterPublicFQDN false), or do not
#     use that cluster for Azure Machine Learning.
#   scope: >-
#     AKS clusters attached to an Azure ML workspace (compute of type AKS or
#     Kubernetes), or running the Azure ML extension.
#   formats: [terraform, arm, bicep]
package inf.private_cluster_public_fqdn

import data.lib.azure
import data.lib.core
import data.lib.inf

private_path := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]

fqdn_path := ["properties", "apiServerAccessProfile", "enablePrivateClusterPublicFQDN"]

# Clusters Azure ML uses: attached to a workspace, or running the extension.
applicable contains p.cluster.id if some p in azure.aml_pairs

applicable contains c.id if {
	some e in azure.ml_extensions
	some c in azure.extension_cluster(e)
	core.is_type(c, azure.cluster_type)
}

# users points at what makes a cluster an Azure ML cluster.
users(c) := array.concat(
	[r |
		some p in azure.aml_pairs
		p.cluster.id == c.id
		p.compute != ""
		some r in inf.pair_related(p)
	],
	[{"resource": e.id, "attr": ["scope"], "msg": sprintf("Azure ML extension %s", [e.name])} |
		some e in azure.ml_extensions
		some x in azure.extension_cluster(e)
		x.id == c.id
	],
)

# on reads a switch: true, false (also when absent, the ARM default), or
# "unknown".
on(c, path) := "unknown" if {
	core.unknown(c, path)
} else if {
	core.value(c, path) == true
} else := false

paths := [private_path, fqdn_path]

deny contains {
	"msg": sprintf("AKS cluster %s is private and also publishes a public FQDN for its API server, which Azure Machine Learning does not support", [c.name]),
	"resource": c.id,
	"attr": fqdn_path,
	"related": users(c),
} if {
	some id in applicable
	c := input.nodes[id]
	on(c, private_path) == true
	on(c, fqdn_path) == true
}

# Neither switch is known to be off, and one of them is unknown.
deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether AKS cluster %s, used by Azure ML, is private with a public FQDN", [c.name]), path[count(path) - 1], path),
	"resource": c.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
	"related": users(c),
} if {
	some id in applicable
	c := input.nodes[id]
	every p in paths {
		on(c, p) != false
	}
	path := [p | some p in paths; on(c, p) == "unknown"][0]
}
