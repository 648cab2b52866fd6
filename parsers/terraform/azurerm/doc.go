// Package azurerm maps evaluated Terraform instances of the azurerm and
// azapi providers onto the ARM vocabulary of the graph, so that one rule
// holds for Terraform, Bicep and ARM alike: an azurerm_kubernetes_cluster
// becomes a Microsoft.ContainerService/managedClusters node whose Attrs are
// the ARM resource body (properties.networkProfile.outboundType, ...), as
// REQUIREMENTS.md §2 lays the fields out.
//
// Start with Normalise in normalise.go. Each supported type has a spec
// (aks.go, ml.go, network.go, storage.go, identity.go, monitor.go): a table
// of rules, one per Terraform attribute or block, every spelling the
// provider used across v3, v4 and v5 accepted whatever version is declared.
// The same table drives three things:
//
//   - mapper.go writes values into the ARM body, converting shapes where
//     ARM differs: inverted booleans (local_auth_enabled → disableLocalAuth),
//     "Enabled"/"Disabled" enums, sets joined into comma strings, lists of
//     IDs into lists of objects, identity_ids into userAssignedIdentities
//     keys, blocks into ARM objects and arrays;
//   - translate.go maps any Terraform path onto the ARM paths its value went
//     to, which moves value and key ranges (a block header becomes the key
//     of the ARM object it created, so a missing attribute locates there),
//     unknown paths and the attribute of each reference edge;
//   - TargetPath maps exported attributes a reference reads
//     (oidc_issuer_url → properties.oidcIssuerProfile.issuerURL).
//
// defaults.go writes the provider defaults of REQUIREMENTS.md §1.1 that
// differ from ARM's (an omitted network_profile means kubenet) at the
// resource header and lists them in Facts["defaults"]. azapi.go maps
// azapi_resource and azapi_update_resource: the ARM type comes from type,
// the body (an object, or a jsonencode'd string) is the ARM body.
//
// Choices the ARM vocabulary leaves open:
//
//   - A parent named by a child resource (subnet's virtual_network_name,
//     node pool's kubernetes_cluster_id, ...) is the top-level attribute
//     parent, the value kept as written; the resource an extension resource
//     extends (cluster_id, a role assignment's scope) is scope. Bicep writes
//     parent: and scope: the same way.
//   - A private endpoint's private_dns_zone_group is a child resource in
//     ARM (privateEndpoints/privateDnsZoneGroups). It stays on the endpoint
//     node, as properties.privateDnsZoneGroups[0].properties
//     .privateDnsZoneConfigs[i].properties.privateDnsZoneId, so that one
//     node answers "does this endpoint have DNS integration".
//   - azurerm_storage_account_network_rules has no ARM type of its own (ARM
//     keeps the rules in the account): its node keeps the Terraform type,
//     its fields under properties.networkAcls with ARM names, and
//     storage_account_id as written.
//   - role_definition_name has no ARM field: the node carries it in
//     Facts["role_definition_name"], and for the built-in roles of §2.6 the
//     matching properties.roleDefinitionId.
//   - Datastores name their storage by resource ID in Terraform and by
//     account and container name in ARM: the names are read from the ID.
//   - Attributes of a mapped type that no rule knows are left out of the
//     body and listed in Facts["unmapped"]; instances of other types stay
//     in the graph Terraform-shaped, under their Terraform type.
//
// Hand-written because no library maps provider schemas onto ARM bodies:
// the provider's own mapping lives in Go code of terraform-provider-azurerm
// that cannot be imported.
package azurerm
