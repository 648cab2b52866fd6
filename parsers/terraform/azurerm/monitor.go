package azurerm

var monitorSpecs = map[string]spec{
	"azurerm_resource_group": {arm: "Microsoft.Resources/resourceGroups", rules: located(
		attr("managed_by", "managedBy"),
	)},
	"azurerm_log_analytics_workspace": {arm: "Microsoft.OperationalInsights/workspaces", rules: withIdentity(
		attr("sku", "properties.sku.name"),
		attr("retention_in_days", "properties.retentionInDays"),
		attr("daily_quota_gb", "properties.workspaceCapping.dailyQuotaGb"),
		attr("internet_ingestion_enabled", "properties.publicNetworkAccessForIngestion").via(enabled),
		attr("internet_query_enabled", "properties.publicNetworkAccessForQuery").via(enabled),
		attr("local_authentication_disabled", "properties.features.disableLocalAuth"),
		attr("local_authentication_enabled", "properties.features.disableLocalAuth").via(invert),
		attr("workspace_id", "properties.customerId"),
	)},
	"azurerm_application_insights": {arm: "Microsoft.Insights/components", rules: located(
		attr("application_type", "kind"),
		attr("application_type", "properties.Application_Type"),
		attr("workspace_id", "properties.WorkspaceResourceId"),
		attr("retention_in_days", "properties.RetentionInDays"),
		attr("sampling_percentage", "properties.SamplingPercentage"),
		attr("internet_ingestion_enabled", "properties.publicNetworkAccessForIngestion").via(enabled),
		attr("internet_query_enabled", "properties.publicNetworkAccessForQuery").via(enabled),
		attr("local_authentication_disabled", "properties.DisableLocalAuth"),
		attr("local_authentication_enabled", "properties.DisableLocalAuth").via(invert),
		attr("disable_ip_masking", "properties.DisableIpMasking"),
		attr("ip_masking_enabled", "properties.DisableIpMasking").via(invert),
		attr("instrumentation_key", "properties.InstrumentationKey"),
		attr("app_id", "properties.AppId"),
		attr("connection_string", "properties.ConnectionString"),
	)},
	"azurerm_monitor_private_link_scope": {arm: "Microsoft.Insights/privateLinkScopes", rules: named(tagsRule,
		attr("ingestion_access_mode", "properties.accessModeSettings.ingestionAccessMode"),
		attr("query_access_mode", "properties.accessModeSettings.queryAccessMode"),
	)},
	"azurerm_monitor_data_collection_endpoint": {arm: "Microsoft.Insights/dataCollectionEndpoints", rules: located(
		attr("kind", "kind"),
		attr("description", "properties.description"),
		attr("public_network_access_enabled", "properties.networkAcls.publicNetworkAccess").via(enabled),
	)},
	"azurerm_monitor_private_link_scoped_service": {arm: "Microsoft.Insights/privateLinkScopes/scopedResources", rules: named(
		attr("scope_name", "parent"),
		attr("linked_resource_id", "properties.linkedResourceId"),
	)},
}
