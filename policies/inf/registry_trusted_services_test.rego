package inf.registry_trusted_services_test

import data.inf.builders_test as b
import data.inf.registry_trusted_services as rule
import data.lib.testing as t

acr(bypass) := b.with_attrs(b.registry, {"properties": {"networkRuleBypassOptions": bypass}})

test_deny_none if {
	r := acr("None")
	rule.deny == {{
		"msg": "container registry acrml of the secured inference environment sets network rule bypass option None, so trusted Microsoft services cannot reach it",
		"resource": r.id,
		"attr": ["properties", "networkRuleBypassOptions"],
		"heuristic": false,
		"related": [{"resource": b.workspace.id, "attr": ["properties", "containerRegistry"], "msg": "workspace mlw uses it"}],
	}} with input as b.input_with([r], [], {})
}

test_allow_azure_services if {
	count(rule.deny) == 0 with input as b.input_with([acr("azureServices")], [], {})
}

test_allow_absent_default if {
	r := object.union(object.remove(b.registry, ["attrs"]), {"attrs": {"sku": {"name": "Premium"}}})
	count(rule.deny) == 0 with input as b.input_with([r], [], {})
}

test_allow_no_vnet_pair if {
	count(rule.deny) == 0 with input as t.inputs([b.workspace, acr("None")])
}

test_unknown_bypass if {
	r := b.with_unknown(acr(null), [["properties", "networkRuleBypassOptions"]])
	some d in rule.deny with input as b.input_with([r], [], {})
	d.undetermined
	d.msg == "Whether container registry acrml admits trusted Microsoft services could not be determined: its bypass option is unresolved (properties.networkRuleBypassOptions)"
}

test_unknown_external_registry if {
	r := object.union(b.with_unknown(acr(null), [["properties"], ["sku"]]), {"facts": {"data_source": true}})
	some d in rule.deny with input as b.input_with([r], [], {})
	d.level == "note"
	contains(d.msg, "declared outside the scan")
}

test_applicable if {
	rule.applicable == {b.registry.id} with input as b.input_with([], [], {})
}
