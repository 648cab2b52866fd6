package lib.roles_test

import data.lib.azure
import data.lib.roles
import data.lib.testing as t

# tf builds a Terraform-declared resource; the node's name is its name
# attribute when it has one, as the parser gives it.
tf(type, name, attrs) := object.union(t.azure("terraform", type, name, attrs), {"name": object.get(attrs, "name", name)})

edge(from, to, kind, attr, target) := {"from": from.id, "to": to.id, "kind": kind, "heuristic": false, "attr": attr, "target": target}

st := object.union(tf("Microsoft.Storage/storageAccounts", "st", {}), {"facts": {"resource_group_name": "rg-ml"}})

rg := tf(roles.resource_group_type, "rg", {"name": "RG-ML"})

uami := tf(azure.identity_type, "id", {})

ra(name, attrs, facts) := object.union(tf(roles.assignment_type, name, attrs), {"facts": facts})

test_role_guid_forms if {
	roles.role_guid(ra("a", {"properties": {"roleDefinitionId": "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/BA92F5B4-2D11-453D-A403-E96B0029C9FE/"}}, {})) == "ba92f5b4-2d11-453d-a403-e96b0029c9fe"
	roles.role_guid(ra("b", {}, {"role_definition_name": "AcrPull"})) == "7f951dda-4ed3-4680-a7ca-43fe172d538d"
	not roles.role_guid(ra("c", {}, {"role_definition_name": "Custom Reader"}))
	roles.role_name(ra("c", {}, {"role_definition_name": "Custom Reader"})) == "Custom Reader"
	roles.role_name(ra("b", {}, {"role_definition_name": "acrpull"})) == "AcrPull"
}

test_role_from_data_source if {
	a := t.with_unknown(ra("d", {"properties": {}}, {}), [roles.role_path])
	def := tf("azurerm_role_definition", "user", {"name": "Cognitive Services OpenAI User"})
	i := t.input_of([a, def], [edge(a, def, "reference", roles.role_path, ["id"])], {})
	roles.role_guid(a) == "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd" with input as i
	not roles.role_unknown(a) with input as i
	roles.role_unknown(a) with input as t.input_of([a], [], {})
}

test_principal_and_scope if {
	a := ra("a", {"scope": "x", "properties": {}}, {})
	i := t.input_of(
		[a, uami, st], [
			edge(a, uami, "L13", ["properties", "principalId"], ["properties", "principalId"]),
			edge(a, st, "L13-scope", ["scope"], ["id"]),
		],
		{},
	)
	[x.ra.id | some x in roles.assignments_to(uami)] == [a.id] with input as i
	roles.covers(a, st) with input as i
	roles.scope_is(a, st) with input as i
	not roles.broader(a, st) with input as i
	not roles.principal_unknown(a) with input as i
}

test_scope_resource_group_and_subscription if {
	by_rg := ra("rg", {"properties": {}}, {})
	i := t.input_of([by_rg, rg, st], [edge(by_rg, rg, "L13-scope", ["scope"], ["id"])], {})
	roles.covers(by_rg, st) with input as i
	roles.broader(by_rg, st) with input as i
	sub := ra("sub", {"scope": "/subscriptions/0000/"}, {})
	roles.covers(sub, st) with input as t.input_of([sub, st], [], {})
	lit := ra("lit", {"scope": "/subscriptions/0000/resourceGroups/rg-ml"}, {})
	roles.covers(lit, st) with input as t.input_of([lit, st], [], {})
	other := ra("other", {"scope": "/subscriptions/0000/resourceGroups/rg-other"}, {})
	not roles.covers(other, st) with input as t.input_of([other, st], [], {})
}

test_scope_unknown if {
	a := t.with_unknown(ra("u", {}, {}), [["scope"]])
	roles.scope_unknown(a) with input as t.input_of([a, st], [], {})
	not roles.covers(a, st) with input as t.input_of([a, st], [], {})
}

arm(type, name, attrs, group) := object.union(t.azure("arm", type, name, attrs), {"facts": {"deployment_group": group}})

test_scope_less_arm_assignment_covers_its_deployment_group if {
	a := arm(roles.assignment_type, "ra", {"properties": {}}, "main.json:{resourceGroupName}")
	account := arm("Microsoft.CognitiveServices/accounts", "aoai", {}, "main.json:{resourceGroupName}")
	elsewhere := arm("Microsoft.CognitiveServices/accounts", "aoai2", {}, "other.json:{resourceGroupName}")
	roles.covers(a, account) with input as t.input_of([a, account, elsewhere], [], {})
	not roles.covers(a, elsewhere) with input as t.input_of([a, account, elsewhere], [], {})
}
