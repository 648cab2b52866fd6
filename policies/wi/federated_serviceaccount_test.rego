package wi.federated_serviceaccount_test

import data.lib.testing as t
import data.wi.federated_serviceaccount as rule

guid := "00000000-0000-0000-0000-000000000000"

use := {"azure.workload.identity/use": "true"}

fic := t.federated_credential("fic-ai", "system:serviceaccount:default:ai-sa")

annotated := t.service_account("default", "ai-sa", {"azure.workload.identity/client-id": guid})

test_allow_trusted_account if {
	w := t.deployment("default", "ai", use, {}, {"serviceAccountName": "ai-sa"})
	count(rule.deny) == 0 with input as t.inputs([fic, annotated, w])
}

test_allow_annotated_without_credentials if {
	w := t.deployment("default", "ai", use, {}, {"serviceAccountName": "ai-sa"})
	count(rule.deny) == 0 with input as t.inputs([annotated, w])
}

test_allow_unlabelled if {
	w := t.deployment("default", "web", {}, {}, {})
	count(rule.deny) == 0 with input as t.inputs([fic, w])
}

test_deny_default_account_against_credential if {
	w := t.deployment("default", "ai", use, {}, {})
	rule.deny == {{
		"msg": "Deployment default/ai runs as ServiceAccount default/default, which no federated credential in the scan trusts",
		"resource": w.id,
		"attr": ["spec", "template", "spec", "serviceAccountName"],
		"heuristic": false,
		"related": [{"resource": fic.id, "attr": ["properties", "subject"], "msg": "federated credential fic-ai"}],
	}} with input as t.inputs([fic, annotated, w])
}

test_deny_other_namespace if {
	w := t.deployment("prod", "ai", use, {}, {"serviceAccountName": "ai-sa"})
	some d in rule.deny with input as t.inputs([fic, annotated, w])
	d.attr == ["spec", "template", "spec", "serviceAccountName"]
}

test_deny_default_without_credentials if {
	w := t.deployment("default", "ai", use, {}, {})
	some d in rule.deny with input as t.inputs([w])
	contains(d.msg, "default ServiceAccount")
}

test_deny_unannotated_account_without_credentials if {
	plain := t.service_account("default", "ai-sa", {})
	w := t.deployment("default", "ai", use, {}, {"serviceAccountName": "ai-sa"})
	some d in rule.deny with input as t.inputs([plain, w])
	d.related[0].resource == plain.id
}

test_heuristic_openai_reference if {
	aoai := t.azure("bicep", "Microsoft.CognitiveServices/accounts", "aoai", {"kind": "OpenAI"})
	w := t.deployment("default", "ai", {}, {}, {})
	edges := [{"from": w.id, "to": aoai.id, "kind": "L20", "heuristic": true}]
	some d in rule.deny with input as t.input_of([aoai, fic, w], edges, {})
	d.heuristic == true
}

test_unknown_service_account if {
	w := t.with_unknown(
		t.deployment("default", "ai", use, {}, {"serviceAccountName": "${SA}"}),
		[["spec", "template", "spec", "serviceAccountName"]],
	)
	rule.deny == {{
		"msg": "Deployment default/ai: which ServiceAccount it runs as could not be determined: the name is unresolved (spec.template.spec.serviceAccountName)",
		"resource": w.id,
		"attr": ["spec", "template", "spec", "serviceAccountName"],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([fic, w])
}

test_unknown_subject if {
	f := t.with_unknown(t.federated_credential("fic-x", "x"), [["properties", "subject"]])
	w := t.deployment("default", "ai", use, {}, {"serviceAccountName": "other"})
	some d in rule.deny with input as t.inputs([f, w])
	d.undetermined == true
	d.level == "note"
	count(rule.deny) == 1 with input as t.inputs([f, w])
}

test_unknown_annotations_without_credentials if {
	sa := t.with_unknown(t.service_account("default", "ai-sa", {}), [["metadata", "annotations"]])
	w := t.deployment("default", "ai", use, {}, {"serviceAccountName": "ai-sa"})
	some d in rule.deny with input as t.inputs([sa, w])
	d.undetermined == true
	count(rule.deny) == 1 with input as t.inputs([sa, w])
}

test_applicable if {
	w := t.deployment("default", "ai", use, {}, {"serviceAccountName": "ai-sa"})
	web := t.deployment("default", "web", {}, {}, {})
	rule.applicable == {w.id} with input as t.inputs([fic, annotated, w, web])
}
