package wi.openai_local_auth_test

import data.lib.testing as t
import data.wi.builders_test as b
import data.wi.openai_local_auth as rule

path := ["properties", "disableLocalAuth"]

scan(a) := t.input_of([a, b.uami, b.ra], b.ra_edges(b.ra, b.uami, a), {})

test_allow_disabled if {
	count(rule.deny) == 0 with input as b.baseline
}

test_applicable_account if {
	rule.applicable == {b.aoai.id} with input as b.baseline
}

test_allow_outside_scope if {
	a := b.account({"disableLocalAuth": false})
	count(rule.deny) == 0 with input as t.inputs([a])
}

test_deny_terraform_default if {
	a := b.with_facts(b.account({"customSubDomainName": "aoai-store", "disableLocalAuth": false}), {"defaults": ["properties.disableLocalAuth"]})
	rule.deny == {{
		"msg": "Azure OpenAI account aoai-store omits local_auth_enabled, which defaults to true; its API keys keep working beside Entra ID",
		"resource": a.id,
		"attr": path,
	}} with input as scan(a)
}

test_deny_enabled if {
	a := b.account({"customSubDomainName": "aoai-store", "disableLocalAuth": false})
	some d in rule.deny with input as scan(a)
	startswith(d.msg, "Azure OpenAI account aoai-store enables local authentication")
}

test_deny_absent if {
	a := b.account({"customSubDomainName": "aoai-store"})
	some d in rule.deny with input as scan(a)
	contains(d.msg, "does not disable local authentication")
}

test_unknown_value if {
	a := b.with_unknown(b.account({"customSubDomainName": "aoai-store"}), [path])
	rule.deny == {{
		"msg": "Azure OpenAI account aoai-store: whether local authentication is disabled could not be determined: the value is unresolved (properties.disableLocalAuth)",
		"resource": a.id,
		"attr": path,
		"level": "note",
		"undetermined": true,
	}} with input as scan(a)
}
