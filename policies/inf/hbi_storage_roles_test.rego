package inf.hbi_storage_roles_test

import data.inf.builders_test as b
import data.inf.hbi_storage_roles as rule

hbi := b.with_attrs(b.workspace, {"properties": {"hbiWorkspace": true}})

blob := "/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe"

account := "/providers/Microsoft.Authorization/roleDefinitions/17d1049b-9a84-46fb-8f53-869881c3d3ab"

# grant assigns a role to the system identity of principal on scope.
grant(name, role, principal, scope) := {
	"node": b.with_unknown(
		b.node("Microsoft.Authorization/roleAssignments", name, {"properties": {"roleDefinitionId": role}}),
		[["properties", "principalId"], ["scope"]],
	),
	"edges": [
		object.union(b.edge({"id": ra_id(name)}, principal, "L13", ["properties", "principalId"]), {"target": ["identity", "principalId"]}),
		b.edge({"id": ra_id(name)}, scope, "L13-scope", ["scope"]),
	],
}

ra_id(name) := sprintf("Microsoft.Authorization/roleAssignments/%s", [name])

related := [
	{"resource": hbi.id, "attr": ["properties", "hbiWorkspace"], "msg": "workspace mlw is high business impact"},
	{"resource": b.storage.id, "attr": [], "msg": "storage account stml of the workspace"},
	{"resource": b.compute.id, "attr": ["properties", "resourceId"], "msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw"},
]

test_allow_compute_holds_both if {
	count(rule.deny) == 0 with input as b.input_with(
		[hbi], [
			grant("blob", blob, b.compute, b.storage),
			grant("account", account, b.compute, b.storage),
		],
		{},
	)
}

test_deny_compute_lacks_account_role if {
	rule.deny == {{
		"msg": "the system-assigned identity of compute aks-inference (AKS cluster aks-ml, high-business-impact workspace mlw) lacks Storage Account Contributor on storage account stml; the workspace's own system-assigned identity lacks Storage Blob Data Contributor and Storage Account Contributor too",
		"resource": b.compute.id,
		"attr": ["identity", "type"],
		"applies_to": hbi.id,
		"related": related,
	}} with input as b.input_with([hbi], [grant("blob", blob, b.compute, b.storage)], {})
}

test_deny_without_workspace_switch if {
	some d in rule.deny with input as b.input_with([hbi], [grant("blob", blob, b.compute, b.storage)], {"unverified": {"hbi_workspace_identity": false}})
	endswith(d.msg, "lacks Storage Account Contributor on storage account stml")
}

test_deny_compute_without_system_identity if {
	c := b.with_attrs(b.compute, {"identity": {"type": "UserAssigned"}})
	some d in rule.deny with input as b.input_with([hbi, c], [], {})
	startswith(d.msg, "compute aks-inference attaches AKS cluster aks-ml to high-business-impact workspace mlw but has no system-assigned identity")
}

test_deny_role_on_other_account if {
	other := b.node("Microsoft.Storage/storageAccounts", "stother", {})
	some d in rule.deny with input as b.input_with(
		[hbi], [
			{"node": other, "edges": []},
			grant("blob", blob, b.compute, b.storage),
			grant("account", account, b.compute, other),
		],
		{},
	)
	d.resource == b.compute.id
}

test_allow_workspace_identity_holds_both if {
	c := b.with_attrs(b.compute, {"identity": {"type": "UserAssigned"}})
	count(rule.deny) == 0 with input as b.input_with(
		[hbi, c], [
			grant("blob", blob, hbi, b.storage),
			grant("account", account, hbi, b.storage),
		],
		{},
	)
}

test_allow_role_by_name if {
	named := grant("account", null, b.compute, b.storage)
	n := object.union(named.node, {"facts": {"role_definition_name": "Storage Account Contributor"}})
	count(rule.deny) == 0 with input as b.input_with(
		[hbi], [
			grant("blob", blob, b.compute, b.storage),
			{"node": n, "edges": named.edges},
		],
		{},
	)
}

test_allow_not_hbi if {
	count(rule.deny) == 0 with input as b.input_with([], [], {})
}

test_unknown_principal if {
	open := grant("account", account, b.compute, b.storage)
	unresolved := {"node": open.node, "edges": [e | some e in open.edges; e.kind != "L13"]}
	rule.deny == {{
		"msg": "Whether an identity of high-business-impact workspace mlw holds both storage roles on storage account stml could not be determined: the principal, role or scope of role assignment account is unresolved (properties.principalId)",
		"resource": ra_id("account"),
		"attr": ["properties", "principalId"],
		"level": "note",
		"undetermined": true,
		"applies_to": hbi.id,
		"related": related,
	}} with input as b.input_with([hbi], [grant("blob", blob, b.compute, b.storage), unresolved], {})
}

test_unknown_hbi if {
	w := b.with_unknown(b.workspace, array.concat(b.workspace.unknown, [["properties", "hbiWorkspace"]]))
	some d in rule.deny with input as b.input_with([w], [], {})
	d.undetermined
	d.attr == ["properties", "hbiWorkspace"]
}

test_applicable if {
	rule.applicable == {hbi.id} with input as b.input_with([hbi], [], {})
	count(rule.applicable) == 0 with input as b.input_with([], [], {})
}
