package azurerm

const computes = "Microsoft.MachineLearningServices/workspaces/computes"

var workspaceRules = withIdentity(
	attr("kind", "kind"),
	attr("sku_name", "sku.name"),
	attr("storage_account_id", "properties.storageAccount"),
	attr("key_vault_id", "properties.keyVault"),
	attr("container_registry_id", "properties.containerRegistry"),
	attr("application_insights_id", "properties.applicationInsights"),
	attr("high_business_impact", "properties.hbiWorkspace"),
	attr("public_network_access_enabled", "properties.publicNetworkAccess").via(enabled),
	attr("public_access_behind_virtual_network_enabled", "properties.allowPublicAccessWhenBehindVnet"),
	attr("friendly_name", "properties.friendlyName"),
	attr("description", "properties.description"),
	attr("image_build_compute_name", "properties.imageBuildCompute"),
	attr("v1_legacy_mode_enabled", "properties.v1LegacyMode"),
	attr("primary_user_assigned_identity", "properties.primaryUserAssignedIdentity"),
	attr("system_datastores_auth_mode", "properties.systemDatastoresAuthMode"),
	blk("managed_network", "properties.managedNetwork",
		attr("isolation_mode", "isolationMode")),
	blk("serverless_compute", "properties.serverlessComputeSettings",
		attr("subnet_id", "serverlessComputeCustomSubnet"),
		attr("public_ip_enabled", "serverlessComputeNoPublicIP").via(invert)),
	attr("discovery_url", "properties.discoveryUrl"),
	attr("workspace_id", "properties.workspaceId"),
)

var inferenceRules = withIdentity(
	attr("location", "properties.computeLocation"),
	attr("machine_learning_workspace_id", "parent"),
	attr("kubernetes_cluster_id", "properties.resourceId"),
	attr("description", "properties.description"),
	attr("cluster_purpose", "properties.properties.clusterPurpose"),
	blk("ssl", "properties.properties.sslConfiguration",
		attr("cert", "cert"),
		attr("key", "key"),
		attr("cname", "cname"),
		attr("leaf_domain_label", "leafDomainLabel"),
		attr("overwrite_existing_domain", "overwriteExistingDomain")).implies("status", "Enabled"),
)

var computeClusterRules = withIdentity(
	attr("location", "properties.computeLocation"),
	attr("machine_learning_workspace_id", "parent"),
	attr("description", "properties.description"),
	attr("local_auth_enabled", "properties.disableLocalAuth").via(invert),
	attr("vm_size", "properties.properties.vmSize"),
	attr("vm_priority", "properties.properties.vmPriority"),
	attr("subnet_resource_id", "properties.properties.subnet.id"),
	attr("node_public_ip_enabled", "properties.properties.enableNodePublicIp"),
	attr("ssh_public_access_enabled", "properties.properties.remoteLoginPortPublicAccess").via(enabled),
	blk("scale_settings", "properties.properties.scaleSettings",
		attr("max_node_count", "maxNodeCount"),
		attr("min_node_count", "minNodeCount"),
		attr("scale_down_nodes_after_idle_duration", "nodeIdleTimeBeforeScaleDown")),
)

// datastoreRules read the storage account and container (or share) names
// ARM wants out of the Terraform resource ID.
func datastoreRules(idAttr, child, childKey string) []rule {
	return named(
		attr("workspace_id", "parent"),
		attr(idAttr, "properties.accountName").via(segment("storageAccounts")),
		attr(idAttr, "properties."+childKey).via(segment(child)),
		attr("description", "properties.description"),
		attr("is_default", "properties.isDefault"),
		attr("service_data_auth_identity|service_data_identity", "properties.serviceDataAccessAuthIdentity"),
		attr("tags", "properties.tags"),
	)
}

// datastoreType writes the type a datastore resource stands for.
func datastoreType(kind string) func(*mapper) {
	return func(m *mapper) {
		m.put(p("properties.datastoreType"), kind)
		m.node.SetRange(p("properties.datastoreType"), m.src.Range)
	}
}

// computeType writes the type a compute resource stands for.
func computeType(kind string) func(*mapper) {
	return func(m *mapper) {
		m.put(p("properties.computeType"), kind)
		m.node.SetRange(p("properties.computeType"), m.src.Range)
	}
}

var mlSpecs = map[string]spec{
	"azurerm_machine_learning_workspace": {arm: "Microsoft.MachineLearningServices/workspaces",
		rules: workspaceRules, defaults: workspaceDefaults},
	"azurerm_machine_learning_inference_cluster": {arm: computes, rules: inferenceRules, extra: computeType("AKS")},
	"azurerm_machine_learning_compute_cluster":   {arm: computes, rules: computeClusterRules, extra: computeType("AmlCompute")},
	"azurerm_machine_learning_datastore_blobstorage": {arm: "Microsoft.MachineLearningServices/workspaces/datastores",
		rules: datastoreRules("storage_container_id", "containers", "containerName"), extra: datastoreType("AzureBlob")},
	"azurerm_machine_learning_datastore_fileshare": {arm: "Microsoft.MachineLearningServices/workspaces/datastores",
		rules: datastoreRules("storage_fileshare_id", "shares", "fileShareName"), extra: datastoreType("AzureFile")},
	"azurerm_machine_learning_datastore_datalake_gen2": {arm: "Microsoft.MachineLearningServices/workspaces/datastores",
		rules: datastoreRules("storage_container_id", "containers", "filesystem"), extra: datastoreType("AzureDataLakeGen2")},
}
