package azurerm

import "strings"

// builtInRoles are the role definition GUIDs of the built-in roles the
// catalog checks (REQUIREMENTS.md §2.6), by lower-case role name.
var builtInRoles = map[string]string{
	"cognitive services openai user":        "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
	"cognitive services openai contributor": "a001fd3d-188f-4b5d-821b-7da978bf7442",
	"cognitive services user":               "a97b65f3-24c7-4388-baec-2e87135dc908",
	"storage blob data contributor":         "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
	"storage blob data owner":               "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
	"storage account contributor":           "17d1049b-9a84-46fb-8f53-869881c3d3ab",
	"acrpull":                               "7f951dda-4ed3-4680-a7ca-43fe172d538d",
	"acrpush":                               "8311e382-0749-4cb8-b61a-304f252e45ec",
	"owner":                                 "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
	"contributor":                           "b24988ac-6180-42a0-ab88-20f7382dd24c",
}

// roleID gives the role definition ID of a built-in role name; other
// names have no ID the scanner can know.
func roleID(v any, _ *source) (any, bool) {
	name, ok := v.(string)
	if !ok {
		return nil, false
	}
	guid, ok := builtInRoles[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return nil, false
	}
	return "/providers/Microsoft.Authorization/roleDefinitions/" + guid, true
}

// roleName keeps role_definition_name as a fact: ARM has no such field.
func roleName(m *mapper) {
	if name, ok := m.src.Attrs["role_definition_name"].(string); ok && name != "" {
		setFact(m.node, "role_definition_name", name)
	}
}

var cognitiveRules = withIdentity(
	attr("kind", "kind"),
	attr("sku_name", "sku.name"),
	attr("custom_subdomain_name", "properties.customSubDomainName"),
	attr("local_auth_enabled", "properties.disableLocalAuth").via(invert),
	attr("public_network_access_enabled", "properties.publicNetworkAccess").via(enabled),
	attr("outbound_network_access_restricted", "properties.restrictOutboundNetworkAccess"),
	attr("fqdns", "properties.allowedFqdnList"),
	attr("dynamic_throttling_enabled", "properties.dynamicThrottlingEnabled"),
	attr("project_management_enabled", "properties.allowProjectManagement"),
	attr("endpoint", "properties.endpoint"),
	blk("network_acls", "properties.networkAcls",
		attr("default_action", "defaultAction"),
		attr("bypass", "bypass"),
		attr("ip_rules", "ipRules").eachAt("value"),
		arr("virtual_network_rules", "virtualNetworkRules",
			attr("subnet_id", "id"),
			attr("ignore_missing_vnet_service_endpoint", "ignoreMissingVnetServiceEndpoint"))),
	blk("network_injection", "properties.networkInjections",
		attr("scenario", "scenario"),
		attr("subnet_id", "subnetArmId")),
)

var deploymentRules = named(
	attr("cognitive_account_id", "parent"),
	blk("model", "properties.model",
		attr("format", "format"),
		attr("name", "name"),
		attr("version", "version")),
	blk("sku|scale", "sku",
		attr("name|type", "name"),
		attr("capacity", "capacity"),
		attr("tier", "tier"),
		attr("size", "size"),
		attr("family", "family")),
	attr("rai_policy_name", "properties.raiPolicyName"),
	attr("version_upgrade_option", "properties.versionUpgradeOption"),
	attr("dynamic_throttling_enabled", "properties.dynamicThrottlingEnabled"),
)

var identitySpecs = map[string]spec{
	"azurerm_cognitive_account":    {arm: "Microsoft.CognitiveServices/accounts", rules: cognitiveRules, defaults: cognitiveDefaults},
	"azurerm_cognitive_deployment": {arm: "Microsoft.CognitiveServices/accounts/deployments", rules: deploymentRules},
	"azurerm_user_assigned_identity": {arm: "Microsoft.ManagedIdentity/userAssignedIdentities", rules: located(
		attr("principal_id", "properties.principalId"),
		attr("client_id", "properties.clientId"),
		attr("tenant_id", "properties.tenantId"),
		attr("isolation_scope", "properties.isolationScope"),
	)},
	"azurerm_federated_identity_credential": {arm: "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", rules: named(
		attr("user_assigned_identity_id|parent_id", "parent"),
		attr("issuer", "properties.issuer"),
		attr("subject", "properties.subject"),
		attr("audience|audiences", "properties.audiences"),
	)},
	"azurerm_role_assignment": {arm: "Microsoft.Authorization/roleAssignments", extra: roleName, rules: named(
		attr("scope", "scope"),
		attr("role_definition_id", "properties.roleDefinitionId"),
		attr("role_definition_name", "properties.roleDefinitionId").via(roleID),
		attr("principal_id", "properties.principalId"),
		attr("principal_type", "properties.principalType"),
		attr("condition", "properties.condition"),
		attr("condition_version", "properties.conditionVersion"),
		attr("description", "properties.description"),
		attr("delegated_managed_identity_resource_id", "properties.delegatedManagedIdentityResourceId"),
		drop("skip_service_principal_aad_check"),
	)},
}
