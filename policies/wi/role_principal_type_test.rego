package wi.role_principal_type_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.role_principal_type as rule

path := ["properties", "principalType"]

scan(ra) := t.input_of(
	[b.aks, b.aoai, b.uami, b.fic, ra],
	array.concat(b.fic_edges(b.fic, b.uami, b.aks), b.ra_edges(ra, b.uami, b.aoai)),
	{},
)

test_allow_service_principal if {
	count(rule.deny) == 0 with input as b.baseline
}

test_applicable if {
	rule.applicable == {b.ra.id} with input as b.baseline
}

test_allow_unrelated_assignment if {
	st := b.node("Microsoft.Storage/storageAccounts", "stml", {"properties": {}})
	ra := b.assignment("blob", {"roleDefinitionId": b.user_role})
	inp := t.input_of([b.uami, st, ra], b.ra_edges(ra, b.uami, st), {})
	count(rule.deny) == 0 with input as inp
	count(rule.applicable) == 0 with input as inp
}

test_deny_omitted if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role})
	rule.deny == {{
		"msg": "role assignment aoai_user does not declare principal type ServicePrincipal; for a newly created identity it can fail before the identity has replicated",
		"resource": ra.id,
		"attr": path,
	}} with input as scan(ra)
}

test_deny_other_type if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role, "principalType": "User"})
	some d in rule.deny with input as scan(ra)
	d.msg == "role assignment aoai_user declares principal type User, not ServicePrincipal as a managed identity is"
}

test_allow_case_insensitive if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role, "principalType": "serviceprincipal"})
	count(rule.deny) == 0 with input as scan(ra)
}

test_deny_contributor_of_federated_identity if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.contributor_role})
	count(rule.deny) == 1 with input as scan(ra)
}

test_unknown_type if {
	ra := b.with_unknown(b.assignment("aoai_user", {"roleDefinitionId": b.user_role}), [path])
	rule.deny == {{
		"msg": "role assignment aoai_user: its principal type could not be determined: the value is unresolved (properties.principalType)",
		"resource": ra.id,
		"attr": path,
		"level": "note",
		"undetermined": true,
	}} with input as scan(ra)
}
