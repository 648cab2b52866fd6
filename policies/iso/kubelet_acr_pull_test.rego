package iso.kubelet_acr_pull_test

import data.iso.builders_test as b
import data.iso.kubelet_acr_pull as rule
import data.lib.testing as t

object_id := ["properties", "identityProfile", "kubeletidentity", "objectId"]

kubelet := b.node("Microsoft.ManagedIdentity/userAssignedIdentities", "id-aks-kubelet", {"location": "westeurope"})

# The baseline cluster with its own bootstrap registry and a declared
# kubelet identity.
c := b.with_unknown(
	b.props(b.cluster, {"identityProfile": {"kubeletidentity": {}}}),
	[b.registry_path, object_id],
)

base_edges := [
	b.registry_edge(c, b.registry),
	object.union(b.edge(c, kubelet, "reference", object_id), {"target": ["properties", "principalId"]}),
]

assignment(name, role) := b.with_unknown(
	b.node("Microsoft.Authorization/roleAssignments", name, {"properties": {"roleDefinitionId": sprintf("/providers/Microsoft.Authorization/roleDefinitions/%s", [role])}}),
	[["properties", "principalId"], ["scope"]],
)

acr_pull := assignment("kubelet-acrpull", "7f951dda-4ed3-4680-a7ca-43fe172d538d")

to_kubelet(ra) := [
	object.union(b.edge(ra, kubelet, "L13", ["properties", "principalId"]), {"target": ["properties", "principalId"]}),
	b.edge(ra, b.registry, "L13-scope", ["scope"]),
]

scan(nodes, edges) := t.input_of(array.concat([c, b.registry, kubelet], nodes), array.concat(base_edges, edges), {})

test_allow_acr_pull if {
	count(rule.deny) == 0 with input as scan([acr_pull], to_kubelet(acr_pull))
	rule.applicable == {c.id} with input as scan([acr_pull], to_kubelet(acr_pull))
}

test_allow_exported_object_id if {
	edges := [
		object.union(b.edge(acr_pull, c, "L13", ["properties", "principalId"]), {"target": object_id}),
		b.edge(acr_pull, b.registry, "L13-scope", ["scope"]),
	]
	count(rule.deny) == 0 with input as scan([acr_pull], edges)
}

test_allow_not_isolated if {
	p := b.byo(b.plain)
	count(rule.deny) == 0 with input as t.input_of([p, b.registry], [b.registry_edge(p, b.registry)], {})
}

test_deny_no_assignment if {
	rule.deny == {{
		"msg": "The kubelet identity of AKS cluster aks-iso has no AcrPull role on bootstrap registry acrisoboot, so the nodes cannot pull images from it",
		"resource": c.id,
		"attr": b.registry_path,
		"applies_to": c.id,
		"heuristic": false,
		"related": [
			{"resource": b.registry.id, "attr": [], "msg": "bootstrap registry acrisoboot"},
			{"resource": kubelet.id, "attr": [], "msg": "kubelet identity id-aks-kubelet"},
		],
	}} with input as scan([], [])
}

test_deny_other_scope if {
	other := b.node("Microsoft.ContainerRegistry/registries", "acr-other", {})
	edges := [
		object.union(b.edge(acr_pull, kubelet, "L13", ["properties", "principalId"]), {"target": ["properties", "principalId"]}),
		b.edge(acr_pull, other, "L13-scope", ["scope"]),
	]
	some d in rule.deny with input as scan([acr_pull, other], edges)
	contains(d.msg, "has no AcrPull role")
}

test_deny_broader_role_note if {
	push := assignment("kubelet-acrpush", "8311e382-0749-4cb8-b61a-304f252e45ec")
	some d in rule.deny with input as scan([push], to_kubelet(push))
	d.level == "note"
	contains(d.msg, "through AcrPush")
	not d.undetermined
}

test_deny_aks_created_identity_note if {
	m := b.byo(b.cluster)
	some d in rule.deny with input as t.input_of([m, b.registry], [b.registry_edge(m, b.registry)], {})
	d.level == "note"
	contains(d.msg, "kubelet_identity[0].object_id")
}

test_unknown_role if {
	ra := b.with_unknown(b.node("Microsoft.Authorization/roleAssignments", "kubelet-role", {"properties": {}}), [["properties", "principalId"], ["properties", "roleDefinitionId"], ["scope"]])
	some d in rule.deny with input as scan([ra], to_kubelet(ra))
	d.undetermined == true
	contains(d.msg, "the role of assignment kubelet-role is unresolved")
}

test_unknown_kubelet_identity if {
	some d in rule.deny with input as t.input_of([c, b.registry], [b.registry_edge(c, b.registry)], {})
	d.undetermined == true
	contains(d.msg, "the kubelet identity is unresolved")
}

test_allow_literal_object_id if {
	oid := "11111111-2222-3333-4444-555555555555"
	lit := b.with_unknown(b.props(b.cluster, {"identityProfile": {"kubeletidentity": {"objectId": oid}}}), [b.registry_path])
	ra := b.with_unknown(
		b.node("Microsoft.Authorization/roleAssignments", "lit", {"properties": {"principalId": upper(oid), "roleDefinitionId": "/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d"}}),
		[["scope"]],
	)
	edges := [b.registry_edge(lit, b.registry), b.edge(ra, b.registry, "L13-scope", ["scope"])]
	count(rule.deny) == 0 with input as t.input_of([lit, b.registry, ra], edges, {})
}
