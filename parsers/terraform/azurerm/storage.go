package azurerm

// aclRules are the network ACL settings of storage accounts, relative to
// properties.networkAcls, shared by the inline network_rules block and the
// standalone azurerm_storage_account_network_rules.
var aclRules = []rule{
	attr("default_action", "defaultAction"),
	attr("bypass", "bypass").via(commaList),
	attr("ip_rules", "ipRules").eachAt("value"),
	attr("virtual_network_subnet_ids", "virtualNetworkRules").eachAt("id"),
	arr("private_link_access", "resourceAccessRules",
		attr("endpoint_resource_id", "resourceId"),
		attr("endpoint_tenant_id", "tenantId")),
}

// skuName joins account_tier and account_replication_type into the ARM
// SKU name (Standard_LRS).
func skuName(v any, s *source) (any, bool) {
	repl, ok1 := v.(string)
	tier, ok2 := s.Attrs["account_tier"].(string)
	if !ok1 || !ok2 {
		return nil, false
	}
	return tier + "_" + repl, true
}

var storageAccountRules = withIdentity(
	attr("account_kind", "kind"),
	attr("account_tier", "sku.tier"),
	attr("account_replication_type", "sku.name").via(skuName),
	attr("access_tier", "properties.accessTier"),
	attr("https_traffic_only_enabled|enable_https_traffic_only", "properties.supportsHttpsTrafficOnly"),
	attr("min_tls_version", "properties.minimumTlsVersion"),
	attr("allow_nested_items_to_be_public|allow_blob_public_access", "properties.allowBlobPublicAccess"),
	attr("shared_access_key_enabled", "properties.allowSharedKeyAccess"),
	attr("public_network_access_enabled", "properties.publicNetworkAccess").via(enabled),
	attr("default_to_oauth_authentication", "properties.defaultToOAuthAuthentication"),
	attr("cross_tenant_replication_enabled", "properties.allowCrossTenantReplication"),
	attr("allowed_copy_scope", "properties.allowedCopyScope"),
	attr("is_hns_enabled", "properties.isHnsEnabled"),
	attr("nfsv3_enabled", "properties.isNfsV3Enabled"),
	attr("sftp_enabled", "properties.isSftpEnabled"),
	attr("local_user_enabled", "properties.isLocalUserEnabled"),
	attr("large_file_share_enabled", "properties.largeFileSharesState").via(enabled),
	attr("infrastructure_encryption_enabled", "properties.encryption.requireInfrastructureEncryption"),
	blk("network_rules", "properties.networkAcls", aclRules...),
	attr("primary_blob_endpoint", "properties.primaryEndpoints.blob"),
	attr("primary_file_endpoint", "properties.primaryEndpoints.file"),
	attr("primary_dfs_endpoint", "properties.primaryEndpoints.dfs"),
	attr("primary_queue_endpoint", "properties.primaryEndpoints.queue"),
	attr("primary_table_endpoint", "properties.primaryEndpoints.table"),
	attr("primary_web_endpoint", "properties.primaryEndpoints.web"),
)

// accessType maps container_access_type onto the ARM publicAccess enum.
var accessType = mapping(map[string]string{"private": "None", "blob": "Blob", "container": "Container"})

var registryRules = withIdentity(
	attr("sku", "sku.name"),
	attr("admin_enabled", "properties.adminUserEnabled"),
	attr("public_network_access_enabled", "properties.publicNetworkAccess").via(enabled),
	attr("zone_redundancy_enabled", "properties.zoneRedundancy").via(enabled),
	attr("anonymous_pull_enabled", "properties.anonymousPullEnabled"),
	attr("data_endpoint_enabled", "properties.dataEndpointEnabled"),
	attr("network_rule_bypass_option", "properties.networkRuleBypassOptions"),
	attr("export_policy_enabled", "properties.policies.exportPolicy.status").via(lowerEnabled),
	attr("quarantine_policy_enabled", "properties.policies.quarantinePolicy.status").via(lowerEnabled),
	attr("trust_policy_enabled", "properties.policies.trustPolicy.status").via(lowerEnabled),
	attr("retention_policy_in_days", "properties.policies.retentionPolicy.days"),
	attr("login_server", "properties.loginServer"),
	blk("network_rule_set", "properties.networkRuleSet",
		attr("default_action", "defaultAction"),
		arr("ip_rule", "ipRules",
			attr("action", "action"),
			attr("ip_range", "value"))),
)

var keyVaultRules = located(
	attr("tenant_id", "properties.tenantId"),
	attr("sku_name", "properties.sku.name"),
	attr("enabled_for_deployment", "properties.enabledForDeployment"),
	attr("enabled_for_disk_encryption", "properties.enabledForDiskEncryption"),
	attr("enabled_for_template_deployment", "properties.enabledForTemplateDeployment"),
	attr("rbac_authorization_enabled|enable_rbac_authorization", "properties.enableRbacAuthorization"),
	attr("purge_protection_enabled", "properties.enablePurgeProtection"),
	attr("soft_delete_retention_days", "properties.softDeleteRetentionInDays"),
	attr("public_network_access_enabled", "properties.publicNetworkAccess").via(enabled),
	attr("vault_uri", "properties.vaultUri"),
	blk("network_acls", "properties.networkAcls",
		attr("default_action", "defaultAction"),
		attr("bypass", "bypass").via(commaList),
		attr("ip_rules", "ipRules").eachAt("value"),
		attr("virtual_network_subnet_ids", "virtualNetworkRules").eachAt("id")),
	arr("access_policy", "properties.accessPolicies",
		attr("tenant_id", "tenantId"),
		attr("object_id", "objectId"),
		attr("application_id", "applicationId"),
		attr("key_permissions", "permissions.keys"),
		attr("secret_permissions", "permissions.secrets"),
		attr("certificate_permissions", "permissions.certificates"),
		attr("storage_permissions", "permissions.storage")),
)

var storageSpecs = map[string]spec{
	"azurerm_storage_account": {arm: "Microsoft.Storage/storageAccounts", rules: storageAccountRules, defaults: storageDefaults},
	// Not an ARM type: ARM keeps network rules inside the account. The
	// node keeps its Terraform type, the fields under their ARM names, and
	// storage_account_id (the account it belongs to, link L18) as written.
	"azurerm_storage_account_network_rules": {arm: "azurerm_storage_account_network_rules",
		rules: named(append(under("properties.networkAcls", aclRules...), attr("storage_account_id|storage_account_name", "storage_account_id"))...)},
	"azurerm_storage_container": {arm: "Microsoft.Storage/storageAccounts/blobServices/containers", rules: named(
		attr("storage_account_id|storage_account_name", "parent"),
		attr("container_access_type", "properties.publicAccess").via(accessType),
		attr("metadata", "properties.metadata"),
		attr("default_encryption_scope", "properties.defaultEncryptionScope"),
		attr("encryption_scope_override_enabled", "properties.denyEncryptionScopeOverride").via(invert),
	)},
	"azurerm_storage_share": {arm: "Microsoft.Storage/storageAccounts/fileServices/shares", rules: named(
		attr("storage_account_id|storage_account_name", "parent"),
		attr("quota", "properties.shareQuota"),
		attr("enabled_protocol", "properties.enabledProtocols"),
		attr("access_tier", "properties.accessTier"),
		attr("metadata", "properties.metadata"),
	)},
	"azurerm_container_registry": {arm: "Microsoft.ContainerRegistry/registries", rules: registryRules, defaults: registryDefaults},
	"azurerm_container_registry_cache_rule": {arm: "Microsoft.ContainerRegistry/registries/cacheRules", rules: named(
		attr("container_registry_id", "parent"),
		attr("source_repo", "properties.sourceRepository"),
		attr("target_repo", "properties.targetRepository"),
		attr("credential_set_id", "properties.credentialSetResourceId"),
	)},
	"azurerm_key_vault": {arm: "Microsoft.KeyVault/vaults", rules: keyVaultRules},
}
