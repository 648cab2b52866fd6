# METADATA
# title: Role assignment declares principal type ServicePrincipal
# description: >-
#   A managed identity created in the same deployment as its role assignment
#   may not have replicated through Microsoft Entra ID yet when the
#   assignment is made. Azure then fails to look the principal up, unless
#   the assignment states that the principal is a ServicePrincipal, which
#   lets it skip the lookup.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-011
#   severity: note
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: Azure ユーザー割り当てマネージド ID を作成する (Create the user-assigned managed identity, role assignment)
#   remediation: >-
#     Set principal_type = "ServicePrincipal" on the azurerm_role_assignment,
#     or properties.principalType: 'ServicePrincipal' in ARM and Bicep.
#   scope: >-
#     Role assignments that give a federated identity a role on an Azure
#     OpenAI or AI Services account, and those that grant an Azure OpenAI
#     data role on an account reached with Entra tokens.
#   formats: [terraform, arm, bicep]
package wi.role_principal_type

import data.lib.azure
import data.lib.core
import data.lib.roles
import data.lib.workload_identity as wi

type_path := ["properties", "principalType"]

# The assignments of AZR-WI-004.
assignments contains ra.id if {
	some id in wi.aks_identities
	some x in roles.assignments_to(input.nodes[id])
	ra := x.ra
	some a in azure.openai_accounts
	roles.covers(ra, a)
}

assignments contains ra.id if {
	some a in azure.entra_accounts
	some ra in roles.assignments
	roles.covers(ra, a)
	roles.role_guid(ra) in wi.openai_data_roles
}

applicable contains id if some id in assignments

deny contains {
	"msg": sprintf("role assignment %s does not declare principal type ServicePrincipal; for a newly created identity it can fail before the identity has replicated", [ra.name]),
	"resource": ra.id,
	"attr": type_path,
} if {
	some id in assignments
	ra := input.nodes[id]
	core.absent(ra, type_path)
}

deny contains {
	"msg": sprintf("role assignment %s declares principal type %v, not ServicePrincipal as a managed identity is", [ra.name, v]),
	"resource": ra.id,
	"attr": type_path,
} if {
	some id in assignments
	ra := input.nodes[id]
	v := core.value(ra, type_path)
	lower(sprintf("%v", [v])) != "serviceprincipal"
}

deny contains {
	"msg": sprintf("role assignment %s: its principal type could not be determined: the value is unresolved (properties.principalType)", [ra.name]),
	"resource": ra.id,
	"attr": type_path,
	"level": "note",
	"undetermined": true,
} if {
	some id in assignments
	ra := input.nodes[id]
	core.unknown(ra, type_path)
}
