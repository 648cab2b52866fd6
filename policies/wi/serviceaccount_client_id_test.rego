package wi.serviceaccount_client_id_test

import data.lib.testing as t
import data.wi.serviceaccount_client_id as rule

guid := "00000000-0000-0000-0000-000000000000"

key := "azure.workload.identity/client-id"

fic := t.federated_credential("fic-ai", "system:serviceaccount:default:ai-sa")

test_allow_annotated_and_trusted if {
	sa := t.service_account("default", "ai-sa", {key: guid})
	count(rule.deny) == 0 with input as t.inputs([sa, fic])
}

test_allow_annotated_without_credentials_in_scan if {
	sa := t.service_account("default", "ai-sa", {key: guid})
	count(rule.deny) == 0 with input as t.inputs([sa])
}

test_deny_empty_annotation if {
	sa := t.service_account("default", "ai-sa", {key: ""})
	rule.deny == {{
		"msg": "ServiceAccount default/ai-sa has an empty azure.workload.identity/client-id annotation",
		"resource": sa.id,
		"attr": ["metadata", "annotations", key],
	}} with input as t.inputs([sa, fic])
}

test_deny_not_a_guid if {
	sa := t.service_account("default", "ai-sa", {key: "id-ai-service"})
	some d in rule.deny with input as t.inputs([sa, fic])
	d.resource == sa.id
	d.attr == ["metadata", "annotations", key]
	contains(d.msg, "not a client ID")
}

test_deny_trusted_without_annotation if {
	sa := t.service_account("default", "ai-sa", {})
	rule.deny == {{
		"msg": "ServiceAccount default/ai-sa is trusted by federated credential fic-ai but has no azure.workload.identity/client-id annotation",
		"resource": sa.id,
		"attr": ["metadata", "annotations", key],
		"related": [{"resource": fic.id, "attr": ["properties", "subject"], "msg": "federated credential subject"}],
	}} with input as t.inputs([sa, fic])
}

test_deny_missing_in_present_namespace if {
	other := t.service_account("default", "other", {key: guid})
	some d in rule.deny with input as t.inputs([other, fic])
	d.resource == fic.id
	d.attr == ["properties", "subject"]
	not d.level
}

test_note_missing_namespace_not_in_scan if {
	sa := t.service_account("prod", "ai-sa", {key: guid})
	ds := rule.deny with input as t.inputs([sa, fic])
	some d in ds
	d.resource == fic.id
	d.level == "note"
}

test_warn_annotated_but_untrusted if {
	sa := t.service_account("default", "web", {key: guid})
	trusted := t.service_account("default", "ai-sa", {key: guid})
	rule.deny == {{
		"msg": "ServiceAccount default/web carries azure.workload.identity/client-id, but no federated credential in the scan trusts system:serviceaccount:default:web",
		"resource": sa.id,
		"attr": ["metadata", "annotations", key],
		"level": "warning",
	}} with input as t.inputs([sa, trusted, fic])
}

test_deny_client_id_mismatch if {
	sa := t.service_account("default", "ai-sa", {key: guid})
	uami := t.azure("terraform", "Microsoft.ManagedIdentity/userAssignedIdentities", "id-ai", {"properties": {"clientId": "11111111-1111-1111-1111-111111111111"}})
	edges := [{"from": fic.id, "to": uami.id, "kind": "L14", "heuristic": false}]
	some d in rule.deny with input as t.input_of([sa, fic, uami], edges, {})
	d.resource == sa.id
	contains(d.msg, "11111111-1111-1111-1111-111111111111")
}

test_unknown_placeholder_value if {
	sa := t.with_unknown(t.service_account("default", "ai-sa", {key: "${CLIENT_ID}"}), [["metadata", "annotations", key]])
	count(rule.deny) == 0 with input as t.inputs([sa, fic])
}

test_unknown_subject if {
	unknown_fic := t.with_unknown(t.federated_credential("fic-x", "x"), [["properties", "subject"]])
	sa := t.service_account("default", "web", {key: guid})
	ds := rule.deny with input as t.inputs([sa, unknown_fic])
	{[d.resource, d.level, d.undetermined] | some d in ds} == {[sa.id, "note", true], [unknown_fic.id, "note", true]}
	rule.applicable == {sa.id, unknown_fic.id} with input as t.inputs([sa, unknown_fic])
}

test_unknown_annotations if {
	sa := t.with_unknown(t.service_account("default", "ai-sa", {}), [["metadata", "annotations"]])
	rule.deny == {{
		"msg": "ServiceAccount default/ai-sa: whether it carries azure.workload.identity/client-id could not be determined: its annotations are unresolved (metadata.annotations)",
		"resource": sa.id,
		"attr": ["metadata", "annotations", key],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([sa, fic])
}

test_applicable if {
	sa := t.service_account("default", "ai-sa", {})
	web := t.service_account("default", "web", {key: guid})
	plain := t.service_account("default", "plain", {})
	rule.applicable == {sa.id, web.id} with input as t.inputs([sa, web, plain, fic])
	rule.applicable == {fic.id} with input as t.inputs([plain, fic])
	count(rule.applicable) == 0 with input as t.inputs([fic])
}
