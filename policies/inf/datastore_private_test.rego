package inf.datastore_private_test

import data.inf.builders_test as b
import data.inf.datastore_private as rule

data_account := b.node("Microsoft.Storage/storageAccounts", "stdata", {"properties": {}})

container := b.with_unknown(b.node("Microsoft.Storage/storageAccounts/blobServices/containers", "data", {}), [["parent"]])

datastore := b.with_unknown(
	b.node("Microsoft.MachineLearningServices/workspaces/datastores", "training_data", {"properties": {"datastoreType": "AzureBlob"}}),
	[["parent"], ["properties", "accountName"], ["properties", "containerName"]],
)

# The datastore reads stdata through its container.
store := {"node": datastore, "edges": [
	b.edge(datastore, b.workspace, "parent", ["parent"]),
	b.edge(datastore, container, "L12", ["properties", "accountName"]),
	b.edge(container, data_account, "parent", ["parent"]),
]}

parts := [store, {"node": data_account, "edges": []}, {"node": container, "edges": []}]

compute_related := {
	"resource": b.compute.id,
	"attr": ["properties", "resourceId"],
	"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
}

test_deny_no_endpoint if {
	rule.deny == {{
		"msg": "storage account stdata of datastore training_data (workspace mlw) has no private endpoint in the VNet of AKS cluster aks-ml (vnet-aks) or a VNet peered with it",
		"resource": datastore.id,
		"attr": ["properties", "accountName"],
		"applies_to": data_account.id,
		"heuristic": false,
		"related": [
			{"resource": b.cluster.id, "attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"], "msg": "AKS cluster aks-ml"},
			compute_related,
		],
	}} with input as b.build(parts, {})
}

test_deny_endpoint_in_other_vnet if {
	pe := b.endpoint("pe-data", data_account, ["blob"], b.snet_other, [])
	some d in rule.deny with input as b.build(array.concat(parts, [pe]), {})
	d.resource == pe.node.id
	endswith(d.msg, ": pe-data is in VNet vnet-other")
}

test_allow_endpoint_in_cluster_vnet if {
	pe := b.endpoint("pe-data", data_account, ["blob"], b.snet_pe, [])
	count(rule.deny) == 0 with input as b.build(array.concat(parts, [pe]), {})
}

test_allow_datastore_on_workspace_storage if {
	on_own := {"node": datastore, "edges": [
		b.edge(datastore, b.workspace, "parent", ["parent"]),
		b.edge(datastore, b.storage, "L12", ["properties", "accountName"]),
	]}
	count(rule.deny) == 0 with input as b.build([on_own], {})
}

test_unknown_account_outside_scan if {
	outside := {"node": datastore, "edges": [
		b.edge(datastore, b.workspace, "parent", ["parent"]),
		b.edge(datastore, container, "L12", ["properties", "accountName"]),
	]}
	inp := b.build([outside, {"node": container, "edges": []}], {})
	rule.deny == {{
		"msg": "Whether the storage of datastore training_data (workspace mlw) is reachable privately from AKS cluster aks-ml could not be determined: its storage account, not declared in the scan, is unresolved (properties.accountName)",
		"resource": datastore.id,
		"attr": ["properties", "accountName"],
		"level": "note",
		"undetermined": true,
	}} with input as inp
	rule.applicable == {datastore.id} with input as inp
}

test_applicable if {
	rule.applicable == {data_account.id} with input as b.build(parts, {})
}
