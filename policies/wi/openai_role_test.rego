package wi.openai_role_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.openai_role as rule

role_path := ["properties", "roleDefinitionId"]

# scan is the baseline with another assignment in place of the baseline's.
scan(ra, scope) := t.input_of(
	[b.aks, b.aoai, b.group, b.uami, b.fic, ra],
	array.concat(b.fic_edges(b.fic, b.uami, b.aks), b.ra_edges(ra, b.uami, scope)),
	{},
)

test_allow_baseline if {
	count(rule.deny) == 0 with input as b.baseline
}

test_applicable if {
	rule.applicable == {b.uami.id, b.aoai.id} with input as b.baseline
}

test_allow_role_by_name if {
	ra := b.with_facts(
		b.assignment("aoai_user", {"roleDefinitionId": b.user_role}),
		{"role_definition_name": "Cognitive Services OpenAI User"},
	)
	count(rule.deny) == 0 with input as scan(ra, b.aoai)
}

test_allow_no_account_in_scan if {
	inp := t.input_of([b.aks, b.uami, b.fic], b.fic_edges(b.fic, b.uami, b.aks), {})
	count(rule.deny) == 0 with input as inp
	count(rule.applicable) == 0 with input as inp
}

test_deny_no_assignment if {
	inp := t.input_of([b.aks, b.aoai, b.uami, b.fic], b.fic_edges(b.fic, b.uami, b.aks), {})
	rule.deny == {{
		"msg": "identity id-ai-service is federated with AKS cluster aks-ml but holds no Cognitive Services OpenAI User role on Azure OpenAI account aoai-store",
		"resource": b.uami.id,
		"attr": [],
		"related": [
			{"resource": b.aoai.id, "attr": [], "msg": "Azure OpenAI account aoai-store"},
			{"resource": b.fic.id, "attr": ["properties", "issuer"], "msg": "federated credential fic-ai-service"},
		],
	}} with input as inp
}

test_deny_contributor if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.contributor_role})
	rule.deny == {{
		"msg": "role assignment aoai_user grants identity id-ai-service only Contributor on Azure OpenAI account aoai-store, which has no data actions; calls are refused",
		"resource": ra.id,
		"attr": role_path,
		"applies_to": b.uami.id,
		"related": [{"resource": b.aoai.id, "attr": [], "msg": "Azure OpenAI account aoai-store"}],
	}} with input as scan(ra, b.aoai)
}

test_deny_broader_role if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.openai_contributor_role})
	some d in rule.deny with input as scan(ra, b.aoai)
	d.level == "note"
	d.attr == role_path
	contains(d.msg, "Cognitive Services OpenAI Contributor")
	count(rule.deny) == 1 with input as scan(ra, b.aoai)
}

test_deny_resource_group_scope if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role})
	rule.deny == {{
		"msg": "role assignment aoai_user grants identity id-ai-service Cognitive Services OpenAI User on resource group rg-ml, broader than Azure OpenAI account aoai-store",
		"resource": ra.id,
		"attr": ["scope"],
		"level": "note",
		"advisory": true,
		"applies_to": b.uami.id,
		"related": [{"resource": b.aoai.id, "attr": [], "msg": "Azure OpenAI account aoai-store"}],
	}} with input as scan(ra, b.group)
}

test_allow_other_account if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role})
	other := b.node(b.account_type, "aoai-other", {"kind": "OpenAI", "properties": {}})
	inp := t.input_of(
		[b.aks, b.aoai, other, b.uami, b.fic, ra],
		array.concat(b.fic_edges(b.fic, b.uami, b.aks), b.ra_edges(ra, b.uami, other)),
		{},
	)

	# The identity can call aoai-other; nothing puts aoai-store in scope.
	count(rule.deny) == 0 with input as inp
}

test_deny_account_without_identity if {
	w := t.deployment("default", "ai", {"azure.workload.identity/use": "true"}, {}, {"serviceAccountName": "ai-service-account"})
	edges := [{"from": w.id, "to": b.aoai.id, "kind": "L20", "heuristic": true, "attr": ["spec"], "target": []}]
	inp := t.input_of([b.aoai, w], edges, {})
	rule.applicable == {b.aoai.id} with input as inp
	some d in rule.deny with input as inp
	d.resource == b.aoai.id
}

test_unknown_role if {
	ra := b.with_unknown(b.assignment("aoai_user", {}), [["scope"], ["properties"]])
	some d in rule.deny with input as scan(ra, b.aoai)
	d.undetermined == true
	d.level == "note"
	d.resource == b.uami.id
	endswith(d.msg, "role assignment aoai_user is unresolved (properties.roleDefinitionId)")
	{x.resource | some x in rule.deny; x.undetermined} == {b.uami.id, b.aoai.id} with input as scan(ra, b.aoai)
}

test_unknown_scope if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role})
	inp := t.input_of(
		[b.aks, b.aoai, b.uami, b.fic, ra],
		array.concat(b.fic_edges(b.fic, b.uami, b.aks), [b.edge(ra, b.uami, "L13", ["properties", "principalId"], ["properties", "principalId"])]),
		{},
	)
	some d in rule.deny with input as inp
	d.undetermined == true
	endswith(d.msg, "(scope)")
}

test_unknown_principal if {
	ra := b.assignment("aoai_user", {"roleDefinitionId": b.user_role})
	inp := t.input_of(
		[b.aks, b.aoai, b.uami, b.fic, ra],
		array.concat(b.fic_edges(b.fic, b.uami, b.aks), [b.edge(ra, b.aoai, "L13-scope", ["scope"], ["id"])]),
		{},
	)
	rule.deny == {{
		"msg": "identity id-ai-service: whether it holds Cognitive Services OpenAI User on an Azure OpenAI account could not be determined: role assignment aoai_user is unresolved (properties.principalId)",
		"resource": b.uami.id,
		"attr": [],
		"level": "note",
		"undetermined": true,
		"related": [{"resource": ra.id, "attr": [], "msg": "role assignment"}],
	}} with input as inp
}
