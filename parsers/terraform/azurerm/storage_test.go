package azurerm

import "testing"

func TestStorage(t *testing.T) {
	runNodeCases(t, []nodeCase{
		{"account with network rules", resource("azurerm_storage_account", obj{
			"name": "stml", "location": "westeurope", "account_tier": "Standard", "account_replication_type": "LRS",
			"account_kind": "StorageV2", "public_network_access_enabled": false, "shared_access_key_enabled": false,
			"min_tls_version": "TLS1_2", "https_traffic_only_enabled": true,
			"network_rules": blk1(obj{"default_action": "Deny", "bypass": []any{"AzureServices", "Logging"},
				"ip_rules": []any{"1.2.3.4"}, "virtual_network_subnet_ids": []any{"/snet"}}),
		}), expect{
			typ: "Microsoft.Storage/storageAccounts", name: "stml",
			attrs: obj{"name": "stml", "location": "westeurope", "kind": "StorageV2",
				"sku": obj{"name": "Standard_LRS", "tier": "Standard"},
				"properties": obj{
					"publicNetworkAccess": "Disabled", "allowSharedKeyAccess": false, "minimumTlsVersion": "TLS1_2",
					"supportsHttpsTrafficOnly": true,
					"networkAcls": obj{"defaultAction": "Deny", "bypass": "AzureServices, Logging",
						"ipRules": []any{obj{"value": "1.2.3.4"}}, "virtualNetworkRules": []any{obj{"id": "/snet"}}},
				}},
		}},
		{"account without network rules", resource("azurerm_storage_account", obj{"name": "st"}), expect{
			typ:      "Microsoft.Storage/storageAccounts",
			attrs:    obj{"name": "st", "properties": obj{"networkAcls": obj{"bypass": "AzureServices", "defaultAction": "Allow"}}},
			defaults: []string{"properties.networkAcls.bypass", "properties.networkAcls.defaultAction"},
		}},
		{"account with rules but no bypass", resource("azurerm_storage_account", obj{"name": "st",
			"network_rules": blk1(obj{"default_action": "Deny"})}), expect{
			typ:   "Microsoft.Storage/storageAccounts",
			attrs: obj{"name": "st", "properties": obj{"networkAcls": obj{"defaultAction": "Deny"}}},
		}},
		{"standalone network rules", resource("azurerm_storage_account_network_rules", obj{
			"storage_account_id": "/st", "default_action": "Deny", "bypass": []any{"None"},
		}), expect{
			typ:   "azurerm_storage_account_network_rules",
			attrs: obj{"storage_account_id": "/st", "properties": obj{"networkAcls": obj{"defaultAction": "Deny", "bypass": "None"}}},
		}},
		{"container", resource("azurerm_storage_container", obj{
			"name": "data", "storage_account_id": "/st", "container_access_type": "private",
		}), expect{
			typ: "Microsoft.Storage/storageAccounts/blobServices/containers", name: "data",
			attrs: obj{"name": "data", "parent": "/st", "properties": obj{"publicAccess": "None"}},
		}},
		{"share", resource("azurerm_storage_share", obj{
			"name": "files", "storage_account_id": "/st", "quota": int64(50), "enabled_protocol": "SMB",
		}), expect{
			typ: "Microsoft.Storage/storageAccounts/fileServices/shares", name: "files",
			attrs: obj{"name": "files", "parent": "/st", "properties": obj{"shareQuota": int64(50), "enabledProtocols": "SMB"}},
		}},
		{"registry", resource("azurerm_container_registry", obj{
			"name": "acrboot", "location": "westeurope", "sku": "Premium", "public_network_access_enabled": false,
			"zone_redundancy_enabled": true, "anonymous_pull_enabled": false, "network_rule_bypass_option": "None",
			"admin_enabled": false, "export_policy_enabled": false,
			"network_rule_set": blk1(obj{"default_action": "Deny", "ip_rule": []any{obj{"action": "Allow", "ip_range": "1.2.3.0/24"}}}),
		}), expect{
			typ: "Microsoft.ContainerRegistry/registries", name: "acrboot",
			attrs: obj{"name": "acrboot", "location": "westeurope", "sku": obj{"name": "Premium"}, "properties": obj{
				"publicNetworkAccess": "Disabled", "zoneRedundancy": "Enabled", "anonymousPullEnabled": false,
				"networkRuleBypassOptions": "None", "adminUserEnabled": false,
				"policies":       obj{"exportPolicy": obj{"status": "disabled"}},
				"networkRuleSet": obj{"defaultAction": "Deny", "ipRules": []any{obj{"action": "Allow", "value": "1.2.3.0/24"}}},
			}},
		}},
		{"registry defaults", resource("azurerm_container_registry", obj{"name": "acr", "sku": "Basic"}), expect{
			typ:      "Microsoft.ContainerRegistry/registries",
			attrs:    obj{"name": "acr", "sku": obj{"name": "Basic"}, "properties": obj{"networkRuleBypassOptions": "AzureServices"}},
			defaults: []string{"properties.networkRuleBypassOptions"},
		}},
		{"cache rule", resource("azurerm_container_registry_cache_rule", obj{
			"name": "aks-managed-mcr", "container_registry_id": "/acr", "source_repo": "mcr.microsoft.com/*", "target_repo": "*",
		}), expect{
			typ: "Microsoft.ContainerRegistry/registries/cacheRules", name: "aks-managed-mcr",
			attrs: obj{"name": "aks-managed-mcr", "parent": "/acr", "properties": obj{
				"sourceRepository": "mcr.microsoft.com/*", "targetRepository": "*"}},
		}},
		{"key vault", resource("azurerm_key_vault", obj{
			"name": "kv", "location": "westeurope", "tenant_id": "t", "sku_name": "standard", "rbac_authorization_enabled": true,
			"purge_protection_enabled": true, "public_network_access_enabled": false,
			"network_acls":  blk1(obj{"bypass": "AzureServices", "default_action": "Deny", "virtual_network_subnet_ids": []any{"/snet"}}),
			"access_policy": []any{obj{"tenant_id": "t", "object_id": "o", "secret_permissions": []any{"Get"}}},
		}), expect{
			typ: "Microsoft.KeyVault/vaults", name: "kv",
			attrs: obj{"name": "kv", "location": "westeurope", "properties": obj{
				"tenantId": "t", "sku": obj{"name": "standard"}, "enableRbacAuthorization": true, "enablePurgeProtection": true,
				"publicNetworkAccess": "Disabled",
				"networkAcls":         obj{"bypass": "AzureServices", "defaultAction": "Deny", "virtualNetworkRules": []any{obj{"id": "/snet"}}},
				"accessPolicies":      []any{obj{"tenantId": "t", "objectId": "o", "permissions": obj{"secrets": []any{"Get"}}}},
			}},
		}},
	})
}
