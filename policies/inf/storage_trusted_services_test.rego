package inf.storage_trusted_services_test

import data.inf.builders_test as b
import data.inf.storage_trusted_services as rule
import data.lib.testing as t

pe := b.endpoint("pe-st-blob", b.storage, ["blob"], b.snet_pe, [])

with_bypass(v) := b.with_attrs(b.storage, {"properties": {"networkAcls": {"bypass": v, "defaultAction": "Deny"}}})

related := [
	{"resource": pe.node.id, "attr": ["properties", "privateLinkServiceConnections", "0", "properties", "privateLinkServiceId"], "msg": "private endpoint pe-st-blob"},
	{"resource": b.workspace.id, "attr": [], "msg": "workspace mlw uses it"},
]

test_deny_bypass_none if {
	s := with_bypass("None")
	rule.deny == {{
		"msg": "storage account stml, reached through a private endpoint, has network rule bypass None, which leaves out trusted Azure services",
		"resource": s.id,
		"attr": ["properties", "networkAcls", "bypass"],
		"applies_to": s.id,
		"heuristic": false,
		"related": related,
	}} with input as b.input_with([s], [pe], {})
}

test_deny_list_without_azure_services if {
	s := with_bypass(["Logging", "Metrics"])
	some d in rule.deny with input as b.input_with([s], [pe], {})
	contains(d.msg, "bypass Logging, Metrics")
}

test_deny_separate_network_rules if {
	rules := b.node("azurerm_storage_account_network_rules", "st-rules", {"properties": {"networkAcls": {"bypass": "Logging"}}})
	part := {"node": rules, "edges": [b.edge(rules, b.storage, "L18", ["storage_account_id"])]}
	some d in rule.deny with input as b.input_with([], [pe, part], {})
	d.resource == rules.id
	d.applies_to == b.storage.id
}

test_allow_comma_list if {
	count(rule.deny) == 0 with input as b.input_with([with_bypass("Logging, azureservices")], [pe], {})
}

test_allow_bypass_absent if {
	s := object.union(object.remove(b.storage, ["attrs"]), {"attrs": {"properties": {"networkAcls": {"defaultAction": "Deny"}}}})
	count(rule.deny) == 0 with input as b.input_with([s], [pe], {})
}

test_allow_no_private_endpoint if {
	count(rule.deny) == 0 with input as b.input_with([with_bypass("None")], [], {})
}

test_allow_not_ml_storage if {
	other := b.node("Microsoft.Storage/storageAccounts", "stother", {"properties": {"networkAcls": {"bypass": "None"}}})
	p := b.endpoint("pe-other", other, ["blob"], b.snet_pe, [])
	count(rule.deny) == 0 with input as b.input_with([], [p, {"node": other, "edges": []}], {})
}

test_unknown_bypass if {
	s := b.with_unknown(with_bypass(null), [["properties", "networkAcls", "bypass"]])
	rule.deny == {{
		"msg": "Whether storage account stml admits trusted Azure services could not be determined: its network rule bypass is unresolved (properties.networkAcls.bypass)",
		"resource": s.id,
		"attr": ["properties", "networkAcls", "bypass"],
		"level": "note",
		"undetermined": true,
		"applies_to": s.id,
		"related": related,
	}} with input as b.input_with([s], [pe], {})
}

test_applicable if {
	rule.applicable == {b.storage.id} with input as b.input_with([], [pe], {})
	count(rule.applicable) == 0 with input as t.inputs([b.storage])
}
