package wi.openai_subdomain_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.openai_subdomain as rule

path := ["properties", "customSubDomainName"]

# scan puts an account in scope through the baseline role assignment.
scan(a) := t.input_of([a, b.uami, b.ra], b.ra_edges(b.ra, b.uami, a), {})

test_allow_subdomain if {
	count(rule.deny) == 0 with input as b.baseline
}

test_applicable_account if {
	rule.applicable == {b.aoai.id} with input as b.baseline
}

test_allow_outside_scope if {
	a := b.account({})
	count(rule.deny) == 0 with input as t.inputs([a])
	count(rule.applicable) == 0 with input as t.inputs([a])
}

test_allow_other_kind if {
	a := b.with_attrs(b.account({}), {"kind": "TextAnalytics"})
	count(rule.deny) == 0 with input as scan(a)
}

test_deny_missing if {
	a := b.account({"disableLocalAuth": true})
	rule.deny == {{
		"msg": "Azure OpenAI account aoai-store has no custom subdomain; Entra ID tokens need the account's own endpoint",
		"resource": a.id,
		"attr": path,
	}} with input as scan(a)
}

test_deny_empty if {
	a := b.account({"customSubDomainName": ""})
	count(rule.deny) == 1 with input as scan(a)
}

test_deny_workload_reference if {
	a := b.with_attrs(b.account({}), {"kind": "AIServices"})
	w := t.deployment("default", "ai", {"azure.workload.identity/use": "true"}, {}, {"serviceAccountName": "ai-service-account"})
	edges := [{"from": w.id, "to": a.id, "kind": "L20", "heuristic": true, "attr": ["spec"], "target": []}]
	count(rule.deny) == 1 with input as t.input_of([a, w], edges, {})
}

test_unknown_subdomain if {
	a := b.with_unknown(b.account({}), [path])
	rule.deny == {{
		"msg": "Azure OpenAI account aoai-store: whether it has a custom subdomain could not be determined: the name is unresolved (properties.customSubDomainName)",
		"resource": a.id,
		"attr": path,
		"level": "note",
		"undetermined": true,
	}} with input as scan(a)
}
