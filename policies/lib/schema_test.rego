package lib.schema_test

import data.lib.schema

# node is a resource of a type with its schema fact.
node(type) := {"type": type, "facts": {"schema": {"type": type}}}

cluster := node("Microsoft.ContainerService/managedClusters")

test_depends_catalog_property if {
	schema.depends(cluster, "properties.bootstrapProfile.artifactSource")
	schema.depends(cluster, "location")
}

# An object that holds a property the catalog reads.
test_depends_parent if {
	schema.depends(cluster, "properties.bootstrapProfile")
	schema.depends(cluster, "properties")
	schema.depends(cluster, "properties.agentPoolProfiles")
}

# Type and path compare ignoring case.
test_depends_case if {
	schema.depends(node("microsoft.containerservice/MANAGEDCLUSTERS"), "Properties.BootstrapProfile")
}

# A name that only starts like a catalog property is another property.
test_depends_not_prefix if {
	not schema.depends(cluster, "properties.kubernetes")
	not schema.depends(cluster, "properties.bootstrapProf")
}

test_depends_not_read if {
	not schema.depends(cluster, "properties.aiToolchainOperatorProfile")
	not schema.depends(cluster, "sku")
}

# A property inside a catalog property is not one the catalog names.
test_depends_not_inside if {
	not schema.depends(cluster, "properties.kubernetesVersion.x")
}

# Each type has its own list; a type outside the catalog has none.
test_depends_per_type if {
	schema.depends(node("Microsoft.ContainerRegistry/registries"), "sku.name")
	not schema.depends(cluster, "sku.name")
	not schema.depends(node("Microsoft.Network/azureFirewalls"), "properties")
}

test_level if {
	schema.level(cluster, {"path": "properties.networkProfile"}) == {}
	schema.level(cluster, {"path": "properties.aiToolchainOperatorProfile"}) == {"level": "warning"}
}

test_where if {
	schema.where({"ga": "2025-01-01", "preview": "2024-01-02-preview", "last": ""}, "has it", "have it") == "2025-01-01 (GA) and 2024-01-02-preview first have it"
	schema.where({"ga": "2025-01-01", "preview": "", "last": ""}, "has it", "have it") == "2025-01-01 (GA) first has it"
	schema.where({"ga": "", "preview": "2024-01-02-preview", "last": ""}, "has it", "have it") == "2024-01-02-preview first has it"
	schema.where({"ga": "2022-01-01", "preview": "2025-02-02-preview", "last": "2025-02-02-preview"}, "has it", "have it") == "apiVersions up to 2025-02-02-preview have it"
}
