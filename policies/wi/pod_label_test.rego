package wi.pod_label_test

import data.lib.testing as t
import data.wi.pod_label as rule

guid := "00000000-0000-0000-0000-000000000000"

use := "azure.workload.identity/use"

sa := t.service_account("default", "ai-sa", {"azure.workload.identity/client-id": guid})

spec := {"serviceAccountName": "ai-sa", "containers": [{"name": "app", "image": "app:1"}]}

test_allow_labelled if {
	w := t.deployment("default", "ai", {"app": "ai", use: "true"}, {}, spec)
	count(rule.deny) == 0 with input as t.inputs([sa, w])
}

test_allow_out_of_scope if {
	w := t.deployment("default", "web", {"app": "web"}, {}, {"containers": []})
	count(rule.deny) == 0 with input as t.inputs([sa, w])
}

test_deny_missing_label if {
	w := t.deployment("default", "ai", {"app": "ai"}, {}, spec)
	rule.deny == {{
		"msg": "Deployment default/ai runs as ServiceAccount ai-sa, but its pod template lacks the label azure.workload.identity/use: \"true\"",
		"resource": w.id,
		"attr": ["spec", "template", "metadata", "labels", "azure.workload.identity/use"],
		"heuristic": false,
	}} with input as t.inputs([sa, w])
}

test_deny_annotation_only if {
	w := t.deployment("default", "ai", {"app": "ai"}, {use: "true"}, {"containers": []})
	some d in rule.deny with input as t.inputs([w])
	d.resource == w.id
	d.attr == ["spec", "template", "metadata", "annotations", use]
	d.level == "error"
	contains(d.msg, "only as an annotation")
}

test_deny_boolean_label if {
	w := t.deployment("default", "ai", {use: true}, {}, spec)
	ds := rule.deny with input as t.inputs([sa, w])
	some d in ds
	d.attr == ["spec", "template", "metadata", "labels", use]
	contains(d.msg, "YAML boolean")
}

test_deny_wrong_string if {
	w := t.deployment("default", "ai", {use: "True"}, {}, spec)
	some d in rule.deny with input as t.inputs([sa, w])
	contains(d.msg, "is \"True\"")
}

test_deny_trusted_by_credential if {
	fic := t.federated_credential("fic", "system:serviceaccount:default:plain")
	plain := t.service_account("default", "plain", {})
	w := t.deployment("default", "ai", {}, {}, {"serviceAccountName": "plain"})
	some d in rule.deny with input as t.inputs([fic, plain, w])
	d.resource == w.id
}

test_heuristic_openai_reference if {
	aoai := t.azure("bicep", "Microsoft.CognitiveServices/accounts", "aoai", {"kind": "OpenAI"})
	w := t.deployment("default", "ai", {}, {}, {"containers": []})
	edges := [{"from": w.id, "to": aoai.id, "kind": "L20", "heuristic": true}]
	some d in rule.deny with input as t.input_of([aoai, w], edges, {})
	d.heuristic == true
}

test_unknown_label_value if {
	w := t.with_unknown(t.deployment("default", "ai", {use: "${USE}"}, {}, spec), [["spec", "template", "metadata", "labels", use]])
	rule.deny == {{
		"msg": "Deployment default/ai runs as ServiceAccount ai-sa: whether its pods carry the label azure.workload.identity/use could not be determined: the labels are unresolved (spec.template.metadata.labels)",
		"resource": w.id,
		"attr": ["spec", "template", "metadata", "labels", use],
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([sa, w])
}

test_annotation_only_warning_when_not_ignored if {
	w := t.deployment("default", "ai", {"app": "ai"}, {use: "true"}, {"containers": []})
	ctx := {"unverified": object.union(t.default_context.unverified, {"use_annotation_ignored": false})}
	some d in rule.deny with input as t.input_of([w], [], ctx)
	d.level == "warning"
}

test_applicable if {
	w := t.deployment("default", "ai", {}, {}, spec)
	web := t.deployment("default", "web", {}, {}, {"serviceAccountName": "web"})
	rule.applicable == {w.id} with input as t.inputs([sa, w, web])
}
