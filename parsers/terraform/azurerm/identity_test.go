package azurerm

import "testing"

func TestIdentityAndAccounts(t *testing.T) {
	runNodeCases(t, []nodeCase{
		{"openai account", resource("azurerm_cognitive_account", obj{
			"name": "aoai-store", "location": "westeurope", "kind": "OpenAI", "sku_name": "S0",
			"custom_subdomain_name": "aoai-store", "local_auth_enabled": false, "public_network_access_enabled": false,
			"network_acls": blk1(obj{"default_action": "Deny", "virtual_network_rules": []any{obj{"subnet_id": "/snet"}}}),
		}), expect{
			typ: "Microsoft.CognitiveServices/accounts", name: "aoai-store",
			attrs: obj{"name": "aoai-store", "location": "westeurope", "kind": "OpenAI", "sku": obj{"name": "S0"}, "properties": obj{
				"customSubDomainName": "aoai-store", "disableLocalAuth": true, "publicNetworkAccess": "Disabled",
				"networkAcls": obj{"defaultAction": "Deny", "virtualNetworkRules": []any{obj{"id": "/snet"}}},
			}},
		}},
		{"account local auth default", resource("azurerm_cognitive_account", obj{"name": "a", "kind": "OpenAI"}), expect{
			typ:      "Microsoft.CognitiveServices/accounts",
			attrs:    obj{"name": "a", "kind": "OpenAI", "properties": obj{"disableLocalAuth": false}},
			defaults: []string{"properties.disableLocalAuth"},
		}},
		{"deployment", resource("azurerm_cognitive_deployment", obj{
			"name": "gpt", "cognitive_account_id": "/aoai",
			"model": blk1(obj{"format": "OpenAI", "name": "gpt-4o", "version": "2024-08-06"}),
			"sku":   blk1(obj{"name": "Standard", "capacity": int64(10)}),
		}), expect{
			typ: "Microsoft.CognitiveServices/accounts/deployments", name: "gpt",
			attrs: obj{"name": "gpt", "parent": "/aoai", "sku": obj{"name": "Standard", "capacity": int64(10)},
				"properties": obj{"model": obj{"format": "OpenAI", "name": "gpt-4o", "version": "2024-08-06"}}},
		}},
		{"user assigned identity", resource("azurerm_user_assigned_identity", obj{
			"name": "id-ai-service", "location": "westeurope", "resource_group_name": "rg",
		}), expect{
			typ: "Microsoft.ManagedIdentity/userAssignedIdentities", name: "id-ai-service",
			attrs: obj{"name": "id-ai-service", "location": "westeurope"},
			facts: rg,
		}},
		{"federated credential", unknown(resource("azurerm_federated_identity_credential", obj{
			"name": "fic-ai-service", "user_assigned_identity_id": nil, "issuer": nil,
			"subject": "system:serviceaccount:default:ai-service-account", "audience": []any{"api://AzureADTokenExchange"},
		}), "user_assigned_identity_id", "issuer"), expect{
			typ: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", name: "fic-ai-service",
			attrs: obj{"name": "fic-ai-service", "properties": obj{
				"subject": "system:serviceaccount:default:ai-service-account", "audiences": []any{"api://AzureADTokenExchange"}}},
			unknown: []string{"parent", "properties.issuer"},
		}},
		{"role assignment by name", resource("azurerm_role_assignment", obj{
			"scope": "/aoai", "role_definition_name": "Cognitive Services OpenAI User", "principal_id": "p",
			"principal_type": "ServicePrincipal",
		}), expect{
			typ: "Microsoft.Authorization/roleAssignments", name: "x",
			attrs: obj{"scope": "/aoai", "properties": obj{
				"roleDefinitionId": "/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
				"principalId":      "p", "principalType": "ServicePrincipal"}},
			facts: obj{"role_definition_name": "Cognitive Services OpenAI User"},
		}},
		{"role assignment with a custom role", resource("azurerm_role_assignment", obj{
			"scope": "/acr", "role_definition_name": "My Role", "principal_id": "p",
		}), expect{
			typ:     "Microsoft.Authorization/roleAssignments",
			attrs:   obj{"scope": "/acr", "properties": obj{"principalId": "p"}},
			unknown: []string{"properties.roleDefinitionId"},
			facts:   obj{"role_definition_name": "My Role"},
		}},
		{"role assignment by id", resource("azurerm_role_assignment", obj{
			"scope": "/acr", "role_definition_id": "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d",
			"principal_id": "p", "skip_service_principal_aad_check": true,
		}), expect{
			typ: "Microsoft.Authorization/roleAssignments",
			attrs: obj{"scope": "/acr", "properties": obj{"principalId": "p",
				"roleDefinitionId": "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d"}},
		}},
	})
}

func TestMonitor(t *testing.T) {
	runNodeCases(t, []nodeCase{
		{"resource group", resource("azurerm_resource_group", obj{"name": "rg-ml", "location": "westeurope"}), expect{
			typ: "Microsoft.Resources/resourceGroups", name: "rg-ml", attrs: obj{"name": "rg-ml", "location": "westeurope"},
		}},
		{"log analytics", resource("azurerm_log_analytics_workspace", obj{
			"name": "la", "sku": "PerGB2018", "retention_in_days": int64(30), "internet_ingestion_enabled": false,
			"local_authentication_enabled": false,
		}), expect{
			typ: "Microsoft.OperationalInsights/workspaces", name: "la",
			attrs: obj{"name": "la", "properties": obj{"sku": obj{"name": "PerGB2018"}, "retentionInDays": int64(30),
				"publicNetworkAccessForIngestion": "Disabled", "features": obj{"disableLocalAuth": true}}},
		}},
		{"application insights", resource("azurerm_application_insights", obj{
			"name": "appi", "application_type": "web", "workspace_id": "/la", "local_authentication_disabled": true,
		}), expect{
			typ: "Microsoft.Insights/components", name: "appi",
			attrs: obj{"name": "appi", "kind": "web", "properties": obj{"Application_Type": "web",
				"WorkspaceResourceId": "/la", "DisableLocalAuth": true}},
		}},
		{"private link scope", resource("azurerm_monitor_private_link_scope", obj{
			"name": "ampls", "ingestion_access_mode": "PrivateOnly", "query_access_mode": "Open",
		}), expect{
			typ: "Microsoft.Insights/privateLinkScopes", name: "ampls",
			attrs: obj{"name": "ampls", "properties": obj{"accessModeSettings": obj{
				"ingestionAccessMode": "PrivateOnly", "queryAccessMode": "Open"}}},
		}},
		{"scoped service", resource("azurerm_monitor_private_link_scoped_service", obj{
			"name": "la", "scope_name": "ampls", "linked_resource_id": "/la",
		}), expect{
			typ: "Microsoft.Insights/privateLinkScopes/scopedResources", name: "la",
			attrs: obj{"name": "la", "parent": "ampls", "properties": obj{"linkedResourceId": "/la"}},
		}},
	})
}
