# METADATA
# title: Workspace uses a system-assigned managed identity
# description: >-
#   A storage account reached through a private endpoint lets the Azure ML
#   workspace in only with the workspace's system-assigned managed
#   identity. A workspace created with only a user-assigned identity, or
#   none, cannot use its storage in the secured inference environment.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-008
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 特別な注意 (Special notes, 1st bullet); 001 Remarques spéciales (1st bullet)
#   remediation: >-
#     Give the workspace a system-assigned identity: identity type
#     SystemAssigned, or "SystemAssigned, UserAssigned" when it also needs a
#     user-assigned one.
#   scope: >-
#     Azure ML workspaces attached to an AKS cluster that sits in a VNet
#     (a node pool subnet, or a private cluster), and workspaces whose
#     storage account has a private endpoint.
#   formats: [terraform, arm, bicep]
package inf.workspace_system_identity

import data.lib.azure
import data.lib.core
import data.lib.inf
import data.lib.network

type_path := ["identity", "type"]

# Why a workspace is in scope, and whether only a heuristic pairing says so.
reasons contains {"workspace": p.workspace, "heuristic": p.heuristic, "related": inf.pair_related(p), "pair": p} if {
	some p in inf.vnet_pairs
}

reasons contains {"workspace": w, "heuristic": false, "pair": false, "related": [{
	"resource": ep.pe.id,
	"attr": ep.path,
	"msg": sprintf("private endpoint %s for storage account %s", [ep.pe.name, s.name]),
}]} if {
	some w in azure.workspaces
	some s in azure.workspace_deps(w, "storageAccount")
	some ep in network.endpoints_to(s)
}

applicable contains r.workspace.id if some r in reasons

heuristic(w) := false if {
	some r in reasons
	r.workspace.id == w.id
	not r.heuristic
} else := true

heuristic_text(w) := inf.heuristic_text([r.pair | some r in reasons; r.workspace.id == w.id; r.pair]) if {
	heuristic(w)
} else := ""

related(w) := [x |
	some r in reasons
	r.workspace.id == w.id
	some x in r.related
]

system_assigned(w) if "systemassigned" in types(w)

# types lists the identity types of a workspace, normalised (§1.3).
types(w) := {lower(trim_space(t)) | some t in split(v, ",")} if {
	v := core.value(w, type_path)
	is_string(v)
}

deny contains {
	"msg": sprintf("Azure ML workspace %s has no system-assigned managed identity (identity type %s); storage behind a private endpoint admits only that identity%s", [w.name, shown(w), heuristic_text(w)]),
	"resource": w.id,
	"attr": type_path,
	"heuristic": heuristic(w),
	"related": related(w),
} if {
	some id in applicable
	w := input.nodes[id]
	not core.unknown(w, type_path)
	not system_assigned(w)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether Azure ML workspace %s has a system-assigned identity", [w.name]), "its identity type", type_path),
	"resource": w.id,
	"attr": type_path,
	"level": "note",
	"undetermined": true,
	"related": related(w),
} if {
	some id in applicable
	w := input.nodes[id]
	core.unknown(w, type_path)
}

shown(w) := core.value(w, type_path) if core.known(w, type_path)

else := "not set"
