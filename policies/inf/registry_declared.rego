# METADATA
# title: Workspace declares its container registry explicitly
# description: >-
#   A workspace without a container registry creates one the first time it
#   builds an image. That registry's SKU, private endpoint and firewall
#   settings are then outside the infrastructure code, so the secured
#   inference environment cannot be checked or reproduced from it.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-012
#   severity: warning
#   provenance: seed+derived
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 特別な注意 (Special notes, 3rd bullet, the default registry created by the workspace); 001 Remarques spéciales (3rd bullet)
#   remediation: >-
#     Declare a Premium container registry with a private endpoint in the
#     cluster's network and point the workspace at it
#     (container_registry_id, or properties.containerRegistry).
#   scope: >-
#     Azure ML workspaces attached to an AKS cluster that sits in a VNet
#     (a node pool subnet, or a private cluster).
#   formats: [terraform, arm, bicep]
package inf.registry_declared

import data.lib.core
import data.lib.inf

registry_path := ["properties", "containerRegistry"]

workspaces := {w.id: [p | some p in inf.vnet_pairs; p.workspace.id == w.id] |
	some q in inf.vnet_pairs
	w := q.workspace
}

applicable contains id if some id, _ in workspaces

deny contains {
	"msg": sprintf("Azure ML workspace %s names no container registry; the one it creates on first use is outside this configuration (%s)", [w.name, concat("; ", sort({inf.pair_text(p) | some p in pairs}))]),
	"resource": w.id,
	"attr": registry_path,
	"heuristic": inf.heuristic_of(pairs),
	"related": [r | some p in pairs; some r in inf.pair_related(p)],
} if {
	some id, pairs in workspaces
	w := input.nodes[id]
	core.absent(w, registry_path)
}
