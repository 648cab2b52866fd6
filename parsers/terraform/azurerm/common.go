package azurerm

// Rules most azurerm types share.
var (
	idRule       = attr("id", "id")
	nameRule     = attr("name", "name")
	locationRule = attr("location", "location")
	tagsRule     = attr("tags", "tags")
	// resource_group_name is not in the ARM body; Normalise keeps it as a
	// fact. timeouts only concern the provider.
	knownRules = drop("resource_group_name|timeouts")

	identityRule = blk("identity", "identity",
		attr("type", "type"),
		attr("identity_ids", "userAssignedIdentities").keys(),
		attr("principal_id", "principalId"),
		attr("tenant_id", "tenantId"),
	)
)

// named are the rules of a resource that has a name and no location.
func named(rules ...rule) []rule {
	return append([]rule{idRule, nameRule, knownRules}, rules...)
}

// located are the rules of a tracked resource: name, location, tags.
func located(rules ...rule) []rule {
	return named(append([]rule{locationRule, tagsRule}, rules...)...)
}

// withIdentity adds the managed identity block to located rules.
func withIdentity(rules ...rule) []rule {
	return located(append([]rule{identityRule}, rules...)...)
}

// specs maps every supported azurerm type onto its ARM type and rules.
var specs = map[string]spec{}

func init() {
	for _, group := range []map[string]spec{aksSpecs, mlSpecs, networkSpecs, storageSpecs, identitySpecs, monitorSpecs} {
		for k, v := range group {
			specs[k] = v
		}
	}
}
