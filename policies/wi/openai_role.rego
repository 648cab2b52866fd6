# METADATA
# title: The federated identity holds Cognitive Services OpenAI User on the account
# description: >-
#   A workload's Entra token only gets it through the Azure OpenAI data plane
#   if its managed identity holds a role with the data actions for inference
#   on the account. The least such role is Cognitive Services OpenAI User.
#   Without it the token exchange succeeds but every call is refused. Owner
#   and Contributor manage the account but carry no data actions; Cognitive
#   Services OpenAI Contributor and Cognitive Services User work but grant
#   more than the workload needs, as does a scope above the account.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-004
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: Azure ユーザー割り当てマネージド ID を作成する (Create the user-assigned managed identity, role assignment)
#   remediation: >-
#     Assign the built-in role Cognitive Services OpenAI User
#     (5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) to the managed identity's
#     principal ID with the Azure OpenAI account itself as the scope, for
#     example an azurerm_role_assignment with scope = the account's id,
#     role_definition_name = "Cognitive Services OpenAI User" and
#     principal_id = the identity's principal_id.
#   scope: >-
#     User-assigned identities with a federated credential trusting an AKS
#     cluster's issuer, when the scan declares an Azure OpenAI or AI Services
#     account; and Azure OpenAI accounts reached with Entra tokens (the scope
#     of a role assignment to a managed identity, or called by a workload
#     that uses Workload ID).
#   formats: [terraform, arm, bicep, kubernetes]
package wi.openai_role

import data.lib.azure
import data.lib.core
import data.lib.roles
import data.lib.workload_identity as wi

user := wi.openai_user

broader_roles := wi.openai_broader_roles

control_roles := wi.control_roles

data_roles := wi.openai_data_roles

accounts := azure.openai_accounts

# identities federated with an AKS cluster's issuer, when the scan has an
# Azure OpenAI account to check them against.
identities := wi.aks_identities if {
	count(accounts) > 0
} else := set()

applicable contains id if some id in identities

applicable contains a.id if some a in azure.entra_accounts

# grants lists the assignments to an identity that cover an account.
grants(u) := [{"ra": x.ra, "account": a} |
	some x in roles.assignments_to(u)
	some a in accounts
	roles.covers(x.ra, a)
]

holds(u, role_set) if {
	some g in grants(u)
	roles.role_guid(g.ra) in role_set
}

# open_assignment returns the first assignment that might grant the
# identity a data role on an account but is not resolved far enough to say:
# its role or scope is unknown, or its principal is.
open_assignment(u) := sort(open_assignments(u))[0]

open_assignments(u) := {x.ra.id |
	some x in roles.assignments_to(u)
	maybe_data_role(x.ra)
	maybe_covers_account(x.ra)
	unresolved(x.ra)
} | {ra.id |
	some ra in roles.assignments
	roles.principal_unknown(ra)
	core.unknown(ra, ["properties", "principalId"])
	maybe_data_role(ra)
	maybe_covers_account(ra)
}

maybe_data_role(ra) if roles.role_guid(ra) in data_roles

maybe_data_role(ra) if roles.role_unknown(ra)

maybe_covers_account(ra) if roles.scope_unknown(ra)

maybe_covers_account(ra) if {
	some a in accounts
	roles.covers(ra, a)
}

unresolved(ra) if roles.role_unknown(ra)

unresolved(ra) if roles.scope_unknown(ra)

# The identity holds OpenAI User, but only above the account.
deny contains {
	"msg": sprintf("role assignment %s grants identity %s Cognitive Services OpenAI User on %s, broader than Azure OpenAI account %s", [g.ra.name, u.name, scope_name(g.ra), g.account.name]),
	"resource": g.ra.id,
	"attr": ["scope"],
	"level": "note",
	"advisory": true,
	"applies_to": u.id,
	"related": [account_related(g.account)],
} if {
	some id in identities
	u := input.nodes[id]
	holds(u, {user})
	every h in grants(u) {
		not exact_user(h)
	}
	g := [h | some h in grants(u); roles.role_guid(h.ra) == user][0]
}

exact_user(g) if {
	roles.role_guid(g.ra) == user
	roles.scope_is(g.ra, g.account)
}

# Only a broader data role.
deny contains {
	"msg": sprintf("role assignment %s grants identity %s %s on Azure OpenAI account %s, more than the Cognitive Services OpenAI User it needs", [g.ra.name, u.name, roles.role_name(g.ra), g.account.name]),
	"resource": g.ra.id,
	"attr": roles.role_path,
	"level": "note",
	"advisory": true,
	"applies_to": u.id,
	"related": [account_related(g.account)],
} if {
	some id in identities
	u := input.nodes[id]
	not holds(u, {user})
	g := [h | some h in grants(u); roles.role_guid(h.ra) in broader_roles][0]
}

deny contains {
	"msg": sprintf("identity %s: whether it holds Cognitive Services OpenAI User on an Azure OpenAI account could not be determined: role assignment %s is unresolved (%s)", [u.name, ra.name, unresolved_part(ra)]),
	"resource": u.id,
	"attr": [],
	"level": "note",
	"undetermined": true,
	"related": [{"resource": ra.id, "attr": [], "msg": "role assignment"}],
} if {
	some id in identities
	u := input.nodes[id]
	not holds(u, data_roles)
	ra := input.nodes[open_assignment(u)]
}

# Owner or Contributor: manages the account, cannot call it.
deny contains {
	"msg": sprintf("role assignment %s grants identity %s only %s on Azure OpenAI account %s, which has no data actions; calls are refused", [g.ra.name, u.name, roles.role_name(g.ra), g.account.name]),
	"resource": g.ra.id,
	"attr": roles.role_path,
	"applies_to": u.id,
	"related": [account_related(g.account)],
} if {
	some id in identities
	u := input.nodes[id]
	not holds(u, data_roles)
	not open_assignment(u)
	g := [h | some h in grants(u); roles.role_guid(h.ra) in control_roles][0]
}

deny contains {
	"msg": sprintf("identity %s is federated with AKS cluster %s but holds no Cognitive Services OpenAI User role on Azure OpenAI account %s", [u.name, concat(", ", clusters(u)), concat(", ", sort([a.name | some a in accounts]))]),
	"resource": u.id,
	"attr": [],
	"related": array.concat(
		[account_related(a) | some a in accounts],
		[{"resource": fic.id, "attr": wi.issuer_path, "msg": sprintf("federated credential %s", [fic.name])} | some fic in wi.credentials_of(u)],
	),
} if {
	some id in identities
	u := input.nodes[id]
	not holds(u, data_roles | control_roles)
	not open_assignment(u)
}

# Accounts no identity of the scan can call, when no federated identity's
# finding already names them.
deny contains {
	"msg": sprintf("Azure OpenAI account %s grants no identity Cognitive Services OpenAI User", [a.name]),
	"resource": a.id,
	"attr": [],
} if {
	not identity_denied
	some a in azure.entra_accounts
	not granted(a)
	not account_open(a)
	not controlled(a)
}

deny contains {
	"msg": sprintf("role assignment %s grants %s on Azure OpenAI account %s, which has no data actions; no identity can call the account", [ra.name, roles.role_name(ra), a.name]),
	"resource": ra.id,
	"attr": roles.role_path,
	"applies_to": a.id,
	"related": [account_related(a)],
} if {
	not identity_denied
	some a in azure.entra_accounts
	not granted(a)
	not account_open(a)
	ra := controlled(a)
}

deny contains {
	"msg": sprintf("Azure OpenAI account %s: whether an identity holds Cognitive Services OpenAI User on it could not be determined: role assignment %s is unresolved (%s)", [a.name, ra.name, unresolved_part(ra)]),
	"resource": a.id,
	"attr": [],
	"level": "note",
	"undetermined": true,
	"related": [{"resource": ra.id, "attr": [], "msg": "role assignment"}],
} if {
	some a in azure.entra_accounts
	not granted(a)
	ra := input.nodes[account_open(a)]
}

identity_denied if {
	some id in identities
	u := input.nodes[id]
	not holds(u, data_roles)
	not open_assignment(u)
}

granted(a) if {
	some ra in roles.assignments
	roles.covers(ra, a)
	roles.role_guid(ra) in data_roles
}

# account_open returns the first assignment that might grant a data role
# on the account but is not resolved far enough to say.
account_open(a) := sort({ra.id |
	some ra in roles.assignments
	maybe_data_role(ra)
	unresolved(ra)
	account_maybe_covered(ra, a)
})[0]

account_maybe_covered(ra, _) if roles.scope_unknown(ra)

account_maybe_covered(ra, a) if roles.covers(ra, a)

# controlled returns the first assignment of Owner or Contributor on the account.
controlled(a) := input.nodes[sort({ra.id |
	some ra in roles.assignments
	roles.covers(ra, a)
	roles.role_guid(ra) in control_roles
})[0]]

clusters(u) := sort({c.name |
	some fic in wi.credentials_of(u)
	some c in wi.issuer_clusters(fic)
})

account_related(a) := {"resource": a.id, "attr": [], "msg": sprintf("Azure OpenAI account %s", [a.name])}

scope_name(ra) := sprintf("resource group %s", [g.name]) if {
	some g in core.out(ra, "L13-scope")
	core.is_type(g, roles.resource_group_type)
} else := sprintf("scope %s", [core.value(ra, ["scope"])]) if {
	is_string(core.value(ra, ["scope"]))
} else := "a scope above the account"

unresolved_part(ra) := "properties.roleDefinitionId" if {
	roles.role_unknown(ra)
} else := "scope" if {
	roles.scope_unknown(ra)
} else := "properties.principalId"
