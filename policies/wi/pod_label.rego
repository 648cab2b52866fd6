# METADATA
# title: Pod template labelled azure.workload.identity/use "true"
# description: >-
#   The Workload ID admission webhook only mutates pods that carry the label
#   azure.workload.identity/use with the string value "true": it projects the
#   service account token and sets AZURE_CLIENT_ID, AZURE_TENANT_ID and
#   AZURE_FEDERATED_TOKEN_FILE. The same key as an annotation is ignored by
#   webhook v1.0 and later, and an unquoted YAML true is not a valid label
#   value. Without the label the pod cannot exchange its token. Set the scan
#   profile's unverified.use_annotation_ignored to false to report the
#   annotation form as a warning only.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-007
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: ポッド上で Microsoft Entra ワークロード ID を有効にする (Enable Workload ID on pods)
#   remediation: >-
#     Add the label azure.workload.identity/use: "true" (quoted) to the pod
#     template's metadata.labels, not to its annotations.
#   scope: >-
#     Workloads whose pods run as a Workload ID ServiceAccount (annotated
#     with a client ID or trusted by a federated credential), that mark their
#     pods with the azure.workload.identity/use key, or that reference an
#     Azure OpenAI account of the scan (link L20, heuristic).
#   formats: [kubernetes]
package wi.pod_label

import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.workload_identity as wi

label_path(w) := array.concat(k8s.template_path(w), ["metadata", "labels", wi.use_key])

annotation_path(w) := array.concat(k8s.template_path(w), ["metadata", "annotations", wi.use_key])

# Why a workload is expected to use Workload ID; heuristic when only L20 says so.
reason(w) := {"why": sprintf("runs as ServiceAccount %s", [k8s.service_account(w)]), "heuristic": false} if {
	wi.workload_identity_account(w.namespace, k8s.service_account(w))
}

else := {"why": "marks its pods with azure.workload.identity/use", "heuristic": false} if {
	k8s.pod_annotations(w)[wi.use_key]
}

else := {"why": sprintf("references Azure OpenAI account %s", [account.name]), "heuristic": true} if {
	some account in core.out(w, "L20")
}

# reasons holds why each workload in scope is.
reasons contains {"id": w.id, "why": r.why, "heuristic": r.heuristic} if {
	some w in k8s.workloads
	r := reason(w)
}

applicable contains scope.id if some scope in reasons

applicable contains w.id if {
	some w in k8s.workloads
	core.value(w, label_path(w)) == true
}

# Whether the webhook ignores the annotation form (U12): error, else warning.
annotation_level := "error" if {
	object.get(input.context, ["unverified", "use_annotation_ignored"], true)
} else := "warning"

deny contains {
	"msg": sprintf("%s %s/%s %s, but its pod template has %s only as an annotation; the webhook reads the label", [w.attrs.kind, w.namespace, w.name, scope.why, wi.use_key]),
	"resource": w.id,
	"attr": annotation_path(w),
	"level": annotation_level,
	"heuristic": scope.heuristic,
} if {
	some scope in reasons
	w := input.nodes[scope.id]
	core.absent(w, label_path(w))
	k8s.pod_annotations(w)[wi.use_key]
}

deny contains {
	"msg": sprintf("%s %s/%s %s, but its pod template lacks the label %s: \"true\"", [w.attrs.kind, w.namespace, w.name, scope.why, wi.use_key]),
	"resource": w.id,
	"attr": label_path(w),
	"heuristic": scope.heuristic,
} if {
	some scope in reasons
	w := input.nodes[scope.id]
	core.absent(w, label_path(w))
	not k8s.pod_annotations(w)[wi.use_key]
}

deny contains {
	"msg": sprintf("%s %s/%s sets label %s to the YAML boolean true; label values are strings, write \"true\"", [w.attrs.kind, w.namespace, w.name, wi.use_key]),
	"resource": w.id,
	"attr": label_path(w),
} if {
	some w in k8s.workloads
	core.value(w, label_path(w)) == true
}

deny contains {
	"msg": sprintf("%s %s/%s %s, but label %s is %q; the webhook only acts on \"true\"", [w.attrs.kind, w.namespace, w.name, scope.why, wi.use_key, v]),
	"resource": w.id,
	"attr": label_path(w),
	"heuristic": scope.heuristic,
} if {
	some scope in reasons
	w := input.nodes[scope.id]
	v := core.value(w, label_path(w))
	is_string(v)
	v != "true"
}

deny contains {
	"msg": sprintf("%s %s/%s %s: whether its pods carry the label %s could not be determined: the labels are unresolved (%s)", [w.attrs.kind, w.namespace, w.name, scope.why, wi.use_key, concat(".", array.concat(k8s.template_path(w), ["metadata", "labels"]))]),
	"resource": w.id,
	"attr": label_path(w),
	"level": "note",
	"undetermined": true,
} if {
	some scope in reasons
	w := input.nodes[scope.id]
	core.unknown(w, label_path(w))
}
