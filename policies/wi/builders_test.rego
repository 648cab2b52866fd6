# Graph builders shared by the WI rule tests: the catalog's §6.3 baseline
# (a cluster, an Azure OpenAI account, a user-assigned identity with a
# federated credential trusting the cluster's issuer, and the role
# assignment on the account) as nodes and edges shaped like the parsers'
# and the linker's output.
package wi.builders_test

import data.lib.testing as t

cluster_type := "Microsoft.ContainerService/managedClusters"

account_type := "Microsoft.CognitiveServices/accounts"

identity_type := "Microsoft.ManagedIdentity/userAssignedIdentities"

fic_type := "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"

assignment_type := "Microsoft.Authorization/roleAssignments"

group_type := "Microsoft.Resources/resourceGroups"

guid := "00000000-0000-0000-0000-000000000000"

user_role := "/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd"

contributor_role := "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c"

openai_contributor_role := "/providers/Microsoft.Authorization/roleDefinitions/a001fd3d-188f-4b5d-821b-7da978bf7442"

node(type, name, attrs) := t.azure("terraform", type, name, attrs)

# with_attrs merges attributes into a node; with_facts sets its facts.
with_attrs(n, attrs) := object.union(n, {"attrs": object.union(n.attrs, attrs)})

with_facts(n, facts) := object.union(n, {"facts": facts})

with_unknown(n, paths) := t.with_unknown(n, paths)

# terraform marks a node as declared with an azurerm provider major version
# (0: unknown).
terraform(n, major) := object.union(n, {"facts": {"terraform": {"provider": {"name": "azurerm", "major": major}}}})

# edge builds a link with the attribute that makes it and the attribute of
# the target it reads, as the linker does.
edge(from, to, kind, attr, target) := {
	"from": from.id, "to": to.id, "kind": kind, "heuristic": false,
	"attr": [sprintf("%v", [s]) | some s in attr], "target": target,
}

cluster(props) := node(cluster_type, "aks-ml", {"location": "westeurope", "properties": props})

# aks is the baseline cluster: OIDC issuer and workload identity on.
aks := cluster({"oidcIssuerProfile": {"enabled": true}, "securityProfile": {"workloadIdentity": {"enabled": true}}})

other_aks := node(cluster_type, "aks-other", {"properties": {"oidcIssuerProfile": {"enabled": true}}})

account(props) := with_facts(
	node(account_type, "aoai-store", {"kind": "OpenAI", "properties": props}),
	{"resource_group_name": "rg-ml"},
)

# aoai is the baseline account: custom subdomain, local auth off.
aoai := account({"customSubDomainName": "aoai-store", "disableLocalAuth": true})

group := node(group_type, "rg-ml", {"location": "westeurope"})

uami := with_facts(node(identity_type, "id-ai-service", {"properties": {}}), {"resource_group_name": "rg-ml"})

credential(props) := with_unknown(
	node(fic_type, "fic-ai-service", {"properties": props}),
	[["parent"], ["properties", "issuer"]],
)

# fic is the baseline credential; its parent and issuer are references.
fic := credential({
	"subject": "system:serviceaccount:default:ai-service-account",
	"audiences": ["api://AzureADTokenExchange"],
})

# fic_edges link a credential to its identity (L14) and its issuer.
fic_edges(f, u, c) := [
	edge(f, u, "L14", ["parent"], ["id"]),
	edge(f, c, "L14-issuer", ["properties", "issuer"], ["properties", "oidcIssuerProfile", "issuerURL"]),
]

assignment(name, props) := with_unknown(
	node(assignment_type, name, {"properties": props}),
	[["scope"], ["properties", "principalId"]],
)

# ra is the baseline assignment: OpenAI User on the account for the identity.
ra := assignment("aoai_user", {"roleDefinitionId": user_role, "principalType": "ServicePrincipal"})

# ra_edges link an assignment to its principal (L13) and its scope.
ra_edges(a, principal, scope) := [
	edge(a, principal, "L13", ["properties", "principalId"], ["properties", "principalId"]),
	edge(a, scope, "L13-scope", ["scope"], ["id"]),
]

service_account := t.service_account("default", "ai-service-account", {"azure.workload.identity/client-id": guid})

# baseline is the whole §6.3 chain.
baseline_nodes := [aks, aoai, uami, fic, ra]

baseline_edges := array.concat(fic_edges(fic, uami, aks), ra_edges(ra, uami, aoai))

baseline := t.input_of(baseline_nodes, baseline_edges, {})
