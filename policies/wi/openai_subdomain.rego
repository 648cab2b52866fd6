# METADATA
# title: Azure OpenAI account has a custom subdomain
# description: >-
#   Microsoft Entra ID tokens are only accepted on an Azure OpenAI or AI
#   Services account's own endpoint, https://<subdomain>.openai.azure.com,
#   which exists only when the account has a custom subdomain name. Without
#   it the account answers on the shared regional endpoint, where only API
#   keys work, so Workload ID cannot be used.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-003
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: 開始する前に (Before you begin, third item)
#   remediation: >-
#     Give the account a globally unique custom subdomain:
#     custom_subdomain_name on azurerm_cognitive_account, or
#     properties.customSubDomainName in ARM and Bicep. It cannot be changed
#     later, so choose it when the account is created.
#   scope: >-
#     Azure OpenAI and AI Services accounts reached with Entra tokens: the
#     scope of a role assignment to a managed identity, or called by a
#     workload that uses Workload ID.
#   formats: [terraform, arm, bicep, kubernetes]
package wi.openai_subdomain

import data.lib.azure
import data.lib.core

subdomain_path := ["properties", "customSubDomainName"]

applicable contains a.id if some a in azure.entra_accounts

deny contains {
	"msg": sprintf("Azure OpenAI account %s has no custom subdomain; Entra ID tokens need the account's own endpoint", [a.name]),
	"resource": a.id,
	"attr": subdomain_path,
} if {
	some a in azure.entra_accounts
	missing(a)
}

deny contains {
	"msg": sprintf("Azure OpenAI account %s: whether it has a custom subdomain could not be determined: the name is unresolved (properties.customSubDomainName)", [a.name]),
	"resource": a.id,
	"attr": subdomain_path,
	"level": "note",
	"undetermined": true,
} if {
	some a in azure.entra_accounts
	core.unknown(a, subdomain_path)
}

missing(a) if core.absent(a, subdomain_path)

missing(a) if trim_space(sprintf("%v", [core.value(a, subdomain_path)])) == ""
