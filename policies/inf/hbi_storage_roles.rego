# METADATA
# title: "HBI workspace: attached cluster identity holds both storage roles"
# description: >-
#   When an AKS cluster is attached to a high-business-impact (HBI)
#   workspace, a system-assigned managed identity must hold both Storage
#   Blob Data Contributor and Storage Account Contributor. The seed does
#   not say whose identity or on which scope; this rule checks the attached
#   compute's system-assigned identity on the workspace's storage account
#   (the account, its resource group or its subscription as scope) and, by
#   default (unverified switch hbi_workspace_identity), also accepts the
#   workspace's own system-assigned identity.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-009
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 特別な注意 (Special notes, 2nd bullet); 001 Remarques spéciales (2nd bullet)
#   remediation: >-
#     Give the attached compute a system-assigned identity and assign it
#     Storage Blob Data Contributor and Storage Account Contributor on the
#     workspace's storage account (azurerm_role_assignment with
#     principal_id = the compute's identity[0].principal_id).
#   scope: >-
#     AKS clusters attached to an Azure ML workspace with high business
#     impact (high_business_impact, or properties.hbiWorkspace).
#   formats: [terraform, arm, bicep]
package inf.hbi_storage_roles

import data.lib.azure
import data.lib.core
import data.lib.inf
import data.lib.roles

hbi_path := ["properties", "hbiWorkspace"]

type_path := ["identity", "type"]

principal_path := ["properties", "principalId"]

identity_target := ["identity", "principalId"]

# The two roles the seed names (§2.6).
needed := [
	{"guid": "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "name": "Storage Blob Data Contributor"},
	{"guid": "17d1049b-9a84-46fb-8f53-869881c3d3ab", "name": "Storage Account Contributor"},
]

hbi_pairs contains p if {
	some p in azure.aml_pairs
	core.value(p.workspace, hbi_path) == true
}

applicable contains p.workspace.id if some p in hbi_pairs

applicable contains p.workspace.id if {
	some p in azure.aml_pairs
	core.unknown(p.workspace, hbi_path)
}

accept_workspace := object.get(input.context, ["unverified", "hbi_workspace_identity"], true)

system_assigned(n) if "systemassigned" in types(n)

types(n) := {lower(trim_space(x)) | some x in split(v, ",")} if {
	v := core.value(n, type_path)
	is_string(v)
}

# candidates are the identities that may hold the roles.
candidates(p) := array.concat(
	[input.nodes[p.compute] | p.compute != ""; system_assigned(input.nodes[p.compute])],
	[p.workspace | accept_workspace; system_assigned(p.workspace)],
)

# held holds when the system identity of n has the role on storage s.
held(n, guid, s) if {
	some a in roles.assignments_to(n)
	a.target == identity_target
	roles.grants(a.ra, guid)
	roles.covers(a.ra, s)
}

missing(n, s) := [r.name | some r in needed; not held(n, r.guid, s)]

compliant(p, s) if {
	some n in candidates(p)
	count(missing(n, s)) == 0
}

# open_assignments lists the assignments the scan cannot read completely
# that may grant a needed role to a candidate on the storage account.
open_assignments(p, s) := [ra |
	some ra in roles.assignments
	principal_open(ra, p)
	role_open(ra)
	scope_open(ra, s)
	incomplete(ra)
]

open(p, s) if count(open_assignments(p, s)) > 0

incomplete(ra) if roles.role_unknown(ra)

incomplete(ra) if roles.scope_unknown(ra)

incomplete(ra) if unresolved_principal(ra)

unresolved_principal(ra) if {
	count(roles.principal_ids(ra)) == 0
	core.unknown(ra, principal_path)
}

principal_open(ra, _) if unresolved_principal(ra)

principal_open(ra, p) if {
	some id in roles.principal_ids(ra)
	some n in candidates(p)
	n.id == id
}

role_open(ra) if roles.role_unknown(ra)

role_open(ra) if {
	some r in needed
	roles.grants(ra, r.guid)
}

scope_open(ra, _) if roles.scope_unknown(ra)

scope_open(ra, s) if roles.covers(ra, s)

storage(p) := azure.workspace_deps(p.workspace, "storageAccount")[0]

compute(p) := input.nodes[p.compute]

related(p, s) := array.concat(
	[
		{"resource": p.workspace.id, "attr": hbi_path, "msg": sprintf("workspace %s is high business impact", [p.workspace.name])},
		{"resource": s.id, "attr": [], "msg": sprintf("storage account %s of the workspace", [s.name])},
	],
	inf.pair_related(p),
)

workspace_text(p, s) := sprintf("; the workspace's own system-assigned identity lacks %s too", [concat(" and ", missing(p.workspace, s))]) if {
	accept_workspace
	system_assigned(p.workspace)
} else := ""

# The compute has no system-assigned identity to hold the roles.
deny contains {
	"msg": sprintf("compute %s attaches AKS cluster %s to high-business-impact workspace %s but has no system-assigned identity to hold Storage Blob Data Contributor and Storage Account Contributor on storage account %s%s", [c.name, p.cluster.name, p.workspace.name, s.name, workspace_text(p, s)]),
	"resource": c.id,
	"attr": type_path,
	"applies_to": p.workspace.id,
	"related": related(p, s),
} if {
	some p in hbi_pairs
	p.compute != ""
	s := storage(p)
	not compliant(p, s)
	not open(p, s)
	c := compute(p)
	not core.unknown(c, type_path)
	not system_assigned(c)
}

# The compute's identity lacks a role.
deny contains {
	"msg": sprintf("the system-assigned identity of compute %s (AKS cluster %s, high-business-impact workspace %s) lacks %s on storage account %s%s", [c.name, p.cluster.name, p.workspace.name, concat(" and ", missing(c, s)), s.name, workspace_text(p, s)]),
	"resource": c.id,
	"attr": type_path,
	"applies_to": p.workspace.id,
	"related": related(p, s),
} if {
	some p in hbi_pairs
	p.compute != ""
	s := storage(p)
	not compliant(p, s)
	not open(p, s)
	c := compute(p)
	system_assigned(c)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether an identity of high-business-impact workspace %s holds both storage roles on storage account %s", [p.workspace.name, s.name]), u[0], u[3]),
	"resource": u[1],
	"attr": u[2],
	"level": "note",
	"undetermined": true,
	"applies_to": p.workspace.id,
	"related": related(p, s),
} if {
	some p in hbi_pairs
	s := storage(p)
	not compliant(p, s)
	u := undetermined(p, s)
}

# undetermined says what keeps a pair from being decided, as
# [what, resource, attr, path the message names].
undetermined(p, s) := ["the identity type of the attached compute", p.compute, type_path, type_path] if {
	p.compute != ""
	core.unknown(compute(p), type_path)
} else := [sprintf("the principal, role or scope of role assignment %s", [ra.name]), ra.id, principal_path, principal_path] if {
	ra := open_assignments(p, s)[0]
} else := [sprintf("the identity of the compute that attaches AKS cluster %s, not declared in the scan,", [p.cluster.name]), p.workspace.id, hbi_path, identity_target] if {
	p.compute == ""
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether workspace %s is high business impact", [p.workspace.name]), "hbiWorkspace", hbi_path),
	"resource": p.workspace.id,
	"attr": hbi_path,
	"level": "note",
	"undetermined": true,
} if {
	some p in azure.aml_pairs
	core.unknown(p.workspace, hbi_path)
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether an identity of high-business-impact workspace %s holds both storage roles", [p.workspace.name]), "its storage account, not declared in the scan,", ["properties", "storageAccount"]),
	"resource": p.workspace.id,
	"attr": ["properties", "storageAccount"],
	"level": "note",
	"undetermined": true,
} if {
	some p in hbi_pairs
	inf.unresolved_dependency(p.workspace, "storageAccount")
}
