package inf.dependencies_private_test

import data.inf.builders_test as b
import data.inf.dependencies_private as rule
import data.lib.testing as t

st_blob := b.endpoint("pe-st-blob", b.storage, ["blob"], b.snet_pe, [])

st_file := b.endpoint("pe-st-file", b.storage, ["file"], b.snet_pe, [])

kv := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [])

acr := b.endpoint("pe-acr", b.registry, ["registry"], b.snet_pe, [])

compute_related := {
	"resource": b.compute.id,
	"attr": ["properties", "resourceId"],
	"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
}

cluster_related := {
	"resource": b.cluster.id,
	"attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"],
	"msg": "AKS cluster aks-ml",
}

test_allow_all_endpoints if {
	count(rule.deny) == 0 with input as b.build([st_blob, st_file, kv, acr], {})
}

test_deny_key_vault_without_endpoint if {
	rule.deny == {{
		"msg": "key vault kv-ml of workspace mlw has no private endpoint in the VNet of AKS cluster aks-ml (vnet-aks) or a VNet peered with it and no service endpoint on its node subnet that the network rules admit",
		"resource": b.workspace.id,
		"attr": ["properties", "keyVault"],
		"applies_to": b.vault.id,
		"heuristic": false,
		"related": [cluster_related, compute_related],
	}} with input as b.build([st_blob, st_file, acr], {})
}

test_deny_registry_in_other_vnet if {
	pe := b.endpoint("pe-acr", b.registry, ["registry"], b.snet_other, [])
	rule.deny == {{
		"msg": "container registry acrml of workspace mlw has no private endpoint in the VNet of AKS cluster aks-ml (vnet-aks) or a VNet peered with it: pe-acr is in VNet vnet-other",
		"resource": pe.node.id,
		"attr": ["properties", "subnet", "id"],
		"applies_to": b.registry.id,
		"heuristic": false,
		"related": [
			cluster_related,
			{"resource": b.workspace.id, "attr": ["properties", "containerRegistry"], "msg": "container registry acrml of workspace mlw"},
			compute_related,
		],
	}} with input as b.build([st_blob, st_file, kv, pe], {})
}

test_deny_every_dependency if {
	count(rule.deny) == 3 with input as b.build([], {})
}

test_deny_blob_without_file if {
	rule.deny == {{
		"msg": "storage account stml of workspace mlw has a private endpoint for blob (pe-st-blob) but none for file in the network of AKS cluster aks-ml; the workspace's default datastores use both",
		"resource": st_blob.node.id,
		"attr": ["properties", "privateLinkServiceConnections", 0, "properties", "groupIds"],
		"level": "warning",
		"applies_to": b.storage.id,
		"heuristic": false,
		"related": [compute_related],
	}} with input as b.build([st_blob, kv, acr], {})
}

# The node subnet has a Microsoft.Storage service endpoint and the
# account's network rules admit it.
service_subnet := b.with_attrs(b.snet_aks, {"properties": {"serviceEndpoints": [{"service": "Microsoft.Storage"}]}})

acl_storage := b.with_unknown(b.with_attrs(b.storage, {"properties": {"networkAcls": {"virtualNetworkRules": [{"id": null}]}}}), [["properties", "networkAcls", "virtualNetworkRules", "0", "id"]])

acl_edge := b.edge(b.storage, b.snet_aks, "acl-subnet", ["properties", "networkAcls", "virtualNetworkRules", 0, "id"])

test_deny_service_endpoint_note if {
	kv_and_acl := {"node": kv.node, "edges": array.concat(kv.edges, [acl_edge])}
	inp := b.input_with([service_subnet, acl_storage], [kv_and_acl, acr], {})
	rule.deny == {{
		"msg": "storage account stml of workspace mlw is reached from AKS cluster aks-ml through a service endpoint on subnet snet-aks, not a private endpoint as the documented procedure sets up",
		"resource": b.workspace.id,
		"attr": ["properties", "storageAccount"],
		"level": "note",
		"advisory": true,
		"applies_to": b.storage.id,
		"heuristic": false,
		"related": [
			{"resource": service_subnet.id, "attr": ["properties", "serviceEndpoints"], "msg": "service endpoint on subnet snet-aks"},
			compute_related,
		],
	}} with input as inp
}

test_deny_registry_service_endpoint_not_enough if {
	s := b.with_attrs(b.snet_aks, {"properties": {"serviceEndpoints": [{"service": "Microsoft.ContainerRegistry"}]}})
	some d in rule.deny with input as b.input_with([s], [st_blob, st_file, kv], {})
	d.applies_to == b.registry.id
}

test_unknown_service_acl if {
	inp := b.input_with([service_subnet, acl_storage], [kv, acr], {})
	rule.deny == {{
		"msg": "Whether storage account stml of workspace mlw is reachable from AKS cluster aks-ml through a service endpoint could not be determined: a subnet its network rules admit is unresolved (properties.networkAcls.virtualNetworkRules)",
		"resource": b.storage.id,
		"attr": ["properties", "networkAcls", "virtualNetworkRules"],
		"level": "note",
		"undetermined": true,
		"applies_to": b.storage.id,
		"heuristic": false,
		"related": [compute_related],
	}} with input as inp
}

test_unknown_storage_outside_scan if {
	inp := t.input_of(
		array.concat([n | some n in b.base_nodes; n.id != b.storage.id], [kv.node, acr.node]),
		array.concat([e | some e in b.base_edges; e.to != b.storage.id], array.concat(kv.edges, acr.edges)),
		{},
	)
	rule.deny == {{
		"msg": "Whether the storage account of workspace mlw is reachable privately from AKS cluster aks-ml could not be determined: the storage account, not declared in the scan, is unresolved (properties.storageAccount)",
		"resource": b.workspace.id,
		"attr": ["properties", "storageAccount"],
		"level": "note",
		"undetermined": true,
	}} with input as inp
	rule.applicable == {b.workspace.id, b.vault.id, b.registry.id} with input as inp
}

test_applicable if {
	rule.applicable == {b.storage.id, b.vault.id, b.registry.id} with input as b.build([], {})
}
