# METADATA
# title: Local (key) authentication disabled on the Azure OpenAI account
# description: >-
#   Workload ID exists to replace the account's API keys with short-lived
#   Entra tokens. As long as local authentication stays on, the keys keep
#   working: anyone holding one can call the models, whatever the role
#   assignments say. Local authentication is on unless it is disabled.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-010
#   severity: warning
#   provenance: seed+derived
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: Note (passwordless access is recommended)
#   remediation: >-
#     Disable key authentication once the workloads use Entra ID:
#     local_auth_enabled = false on azurerm_cognitive_account, or
#     properties.disableLocalAuth: true in ARM and Bicep.
#   scope: >-
#     Azure OpenAI and AI Services accounts reached with Entra tokens: the
#     scope of a role assignment to a managed identity, or called by a
#     workload that uses Workload ID.
#   formats: [terraform, arm, bicep, kubernetes]
package wi.openai_local_auth

import data.lib.azure
import data.lib.core
import data.lib.workload_identity as wi

disable_path := ["properties", "disableLocalAuth"]

applicable contains a.id if some a in azure.entra_accounts

deny contains {
	"msg": sprintf("Azure OpenAI account %s %s; its API keys keep working beside Entra ID", [a.name, why]),
	"resource": a.id,
	"attr": disable_path,
} if {
	some a in azure.entra_accounts
	why := enabled(a)
}

deny contains {
	"msg": sprintf("Azure OpenAI account %s: whether local authentication is disabled could not be determined: the value is unresolved (properties.disableLocalAuth)", [a.name]),
	"resource": a.id,
	"attr": disable_path,
	"level": "note",
	"undetermined": true,
} if {
	some a in azure.entra_accounts
	core.unknown(a, disable_path)
}

# enabled says how an account leaves local authentication on.
enabled(a) := "omits local_auth_enabled, which defaults to true" if {
	v := core.value(a, disable_path)
	not core.is_true(v)
	wi.defaulted(a, disable_path)
} else := "enables local authentication" if {
	v := core.value(a, disable_path)
	not core.is_true(v)
} else := "does not disable local authentication (disableLocalAuth is false unless set)" if {
	core.absent(a, disable_path)
}
