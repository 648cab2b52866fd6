package inf.workspace_system_identity_test

import data.inf.builders_test as b
import data.inf.workspace_system_identity as rule
import data.lib.testing as t

ws(identity) := b.with_attrs(b.workspace, {"identity": identity})

compute_related := [{
	"resource": b.compute.id,
	"attr": ["properties", "resourceId"],
	"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
}]

test_deny_user_assigned_only if {
	w := ws({"type": "UserAssigned"})
	rule.deny == {{
		"msg": "Azure ML workspace mlw has no system-assigned managed identity (identity type UserAssigned); storage behind a private endpoint admits only that identity",
		"resource": w.id,
		"attr": ["identity", "type"],
		"heuristic": false,
		"related": compute_related,
	}} with input as b.input_with([w], [], {})
}

test_deny_no_identity if {
	w := object.union(object.remove(b.workspace, ["attrs"]), {"attrs": object.remove(b.workspace.attrs, ["identity"])})
	some d in rule.deny with input as b.input_with([w], [], {})
	contains(d.msg, "(identity type not set)")
}

test_deny_storage_endpoint_without_vnet_pair if {
	# No cluster in the scan: the storage endpoint alone puts the workspace in scope.
	w := ws({"type": "None"})
	pe := b.endpoint("pe-st", b.storage, ["blob"], b.snet_pe, [])
	inp := t.input_of(
		[w, b.storage, b.snet_pe, b.vnet, pe.node], array.concat(pe.edges, [
			b.edge(w, b.storage, "L08", ["properties", "storageAccount"]),
			b.edge(b.snet_pe, b.vnet, "L02", ["parent"]),
		]),
		{},
	)
	some d in rule.deny with input as inp
	d.resource == w.id
	d.related[0].resource == pe.node.id
}

test_deny_heuristic_pair if {
	w := ws({"type": "UserAssigned"})
	ext := b.node("Microsoft.KubernetesConfiguration/extensions", "azureml", {"properties": {"extensionType": "Microsoft.AzureML.Kubernetes"}})
	inp := t.input_of(
		[w, b.cluster, b.snet_aks, b.vnet, ext], [
			b.edge(ext, b.cluster, "L10", ["scope"]),
			b.edge(b.cluster, b.snet_aks, "L01", b.pool_subnet),
			b.edge(b.snet_aks, b.vnet, "L02", ["parent"]),
		],
		{},
	)
	some d in rule.deny with input as inp
	d.heuristic == true
	d.related == [{"resource": ext.id, "attr": ["scope"], "msg": "Azure ML extension azureml on AKS cluster aks-ml"}]
}

test_allow_system_assigned if {
	count(rule.deny) == 0 with input as b.input_with([], [], {})
}

test_allow_both_kinds if {
	w := ws({"type": "SystemAssigned, UserAssigned"})
	count(rule.deny) == 0 with input as b.input_with([w], [], {})
}

test_allow_cluster_not_in_vnet if {
	c := object.union(b.cluster, {"unknown": []})
	w := ws({"type": "UserAssigned"})
	inp := t.input_of(
		[c, w, b.compute], [
			b.edge(b.compute, w, "L09", ["parent"]),
			b.edge(b.compute, c, "L09", ["properties", "resourceId"]),
		],
		{},
	)
	count(rule.deny) == 0 with input as inp
}

test_unknown_identity_type if {
	w := b.with_unknown(ws({}), [["identity", "type"]])
	rule.deny == {{
		"msg": "Whether Azure ML workspace mlw has a system-assigned identity could not be determined: its identity type is unresolved (identity.type)",
		"resource": w.id,
		"attr": ["identity", "type"],
		"level": "note",
		"undetermined": true,
		"related": compute_related,
	}} with input as b.input_with([w], [], {})
}

test_applicable if {
	rule.applicable == {b.workspace.id} with input as b.input_with([], [], {})
}
