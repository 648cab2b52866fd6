# METADATA
# title: Workspace container registry lets trusted Microsoft services through its firewall
# description: >-
#   Azure Machine Learning reaches the workspace's container registry as a
#   trusted Microsoft service. When the registry's network rules turn the
#   trusted-services exception off (bypass option None), image builds and
#   deployments of the secured inference environment cannot use it.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-011
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 特別な注意 (Special notes, 3rd bullet, firewall exception); 001 Remarques spéciales (3rd bullet)
#   remediation: >-
#     Leave the registry's network rule bypass option at its default, or set
#     it to AzureServices (network_rule_bypass_option in Terraform,
#     properties.networkRuleBypassOptions in ARM and Bicep).
#   scope: >-
#     The container registry of an Azure ML workspace attached to an AKS
#     cluster that sits in a VNet (a node pool subnet, or a private cluster).
#   formats: [terraform, arm, bicep]
package inf.registry_trusted_services

import data.lib.core
import data.lib.inf

bypass_path := ["properties", "networkRuleBypassOptions"]

registries := inf.vnet_dependencies("containerRegistry")

unresolved := inf.unresolved_vnet_dependencies("containerRegistry")

applicable contains id if some id, _ in registries

applicable contains id if some id, _ in unresolved

# An absent bypass option is AzureServices (§1.1).
deny contains {
	"msg": sprintf("container registry %s of the secured inference environment sets network rule bypass option %s, so trusted Microsoft services cannot reach it%s", [r.name, v, inf.heuristic_text(pairs)]),
	"resource": r.id,
	"attr": bypass_path,
	"heuristic": inf.heuristic_of(pairs),
	"related": inf.users_related(pairs, "containerRegistry"),
} if {
	some id, pairs in registries
	r := input.nodes[id]
	v := core.value(r, bypass_path)
	is_string(v)
	lower(v) != "azureservices"
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether container registry %s admits trusted Microsoft services", [r.name]), what(r), bypass_path),
	"resource": r.id,
	"attr": bypass_path,
	"level": "note",
	"undetermined": true,
	"related": inf.users_related(pairs, "containerRegistry"),
} if {
	some id, pairs in registries
	r := input.nodes[id]
	core.unknown(r, bypass_path)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether the container registry of workspace %s admits trusted Microsoft services", [w.name]), "the registry, not declared in the scan,", ["properties", "containerRegistry"]),
	"resource": w.id,
	"attr": ["properties", "containerRegistry"],
	"level": "note",
	"undetermined": true,
} if {
	some id, _ in unresolved
	w := input.nodes[id]
}

what(r) := "the registry is declared outside the scan, so its bypass option" if inf.external(r)

else := "its bypass option"
