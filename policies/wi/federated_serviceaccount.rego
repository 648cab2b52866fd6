# METADATA
# title: Workload runs as the federated ServiceAccount
# description: >-
#   A pod that uses Workload ID gets a token whose subject is
#   system:serviceaccount:<namespace>:<serviceAccountName>. The token
#   exchange only succeeds when a federated credential trusts exactly that
#   subject, so the workload must run as the ServiceAccount named in the
#   credential, in the same namespace, and that ServiceAccount must be
#   annotated with the identity's client ID. An omitted serviceAccountName
#   means the namespace's default ServiceAccount.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-008
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: ポッド上で Microsoft Entra ワークロード ID を有効にする (serviceAccountName)
#   remediation: >-
#     Set spec.serviceAccountName of the pod template to the ServiceAccount
#     the federated credential's subject names, deploy the workload in that
#     namespace, and annotate the ServiceAccount with
#     azure.workload.identity/client-id.
#   scope: >-
#     Workloads whose pod template carries the label
#     azure.workload.identity/use, or that reference an Azure OpenAI account
#     of the scan (link L20, heuristic).
#   formats: [kubernetes, terraform, arm, bicep]
package wi.federated_serviceaccount

import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.workload_identity as wi

# Workloads that use Workload ID, and whether only a heuristic says so.
in_scope contains {"id": w.id, "heuristic": false} if {
	some w in k8s.workloads
	core.known(w, array.concat(k8s.template_path(w), ["metadata", "labels", wi.use_key]))
}

in_scope contains {"id": w.id, "heuristic": true} if {
	some w in k8s.workloads
	not core.known(w, array.concat(k8s.template_path(w), ["metadata", "labels", wi.use_key]))
	count(core.out(w, "L20")) > 0
}

applicable contains scope.id if some scope in in_scope

sa_known(w) if not core.unknown(w, k8s.service_account_path(w))

# With federated credentials in the scan: the account must be trusted by one.
deny contains {
	"msg": sprintf("%s %s/%s runs as ServiceAccount %s/%s, which no federated credential in the scan trusts", [w.attrs.kind, w.namespace, w.name, w.namespace, k8s.service_account(w)]),
	"resource": w.id,
	"attr": k8s.service_account_path(w),
	"heuristic": scope.heuristic,
	"related": [{"resource": fic.id, "attr": wi.subject_path, "msg": sprintf("federated credential %s", [fic.name])} | some fic in wi.credentials],
} if {
	count(wi.credentials) > 0
	wi.subjects_known
	some scope in in_scope
	w := input.nodes[scope.id]
	sa_known(w)
	not wi.trusted(w.namespace, k8s.service_account(w))
}

# Without credentials in the scan: the account must at least be annotated.
deny contains {
	"msg": sprintf("%s %s/%s runs as ServiceAccount %s/%s, which has no %s annotation", [w.attrs.kind, w.namespace, w.name, w.namespace, sa.name, wi.client_id_key]),
	"resource": w.id,
	"attr": k8s.service_account_path(w),
	"heuristic": scope.heuristic,
	"related": [{"resource": sa.id, "attr": ["metadata"], "msg": "ServiceAccount"}],
} if {
	count(wi.credentials) == 0
	some scope in in_scope
	w := input.nodes[scope.id]
	sa_known(w)
	some sa in k8s.objects("ServiceAccount", w.namespace, k8s.service_account(w))
	not wi.annotated(sa)
	not core.unknown(sa, ["metadata", "annotations"])
}

deny contains {
	"msg": sprintf("%s %s/%s uses Workload ID but runs as the default ServiceAccount, which carries no %s annotation", [w.attrs.kind, w.namespace, w.name, wi.client_id_key]),
	"resource": w.id,
	"attr": k8s.service_account_path(w),
	"heuristic": scope.heuristic,
} if {
	count(wi.credentials) == 0
	some scope in in_scope
	w := input.nodes[scope.id]
	sa_known(w)
	k8s.service_account(w) == "default"
	count(k8s.objects("ServiceAccount", w.namespace, "default")) == 0
}

# Undetermined: the ServiceAccount name is not known.
deny contains {
	"msg": sprintf("%s %s/%s: which ServiceAccount it runs as could not be determined: the name is unresolved (%s)", [w.attrs.kind, w.namespace, w.name, concat(".", k8s.service_account_path(w))]),
	"resource": w.id,
	"attr": k8s.service_account_path(w),
	"level": "note",
	"undetermined": true,
} if {
	some scope in in_scope
	w := input.nodes[scope.id]
	not sa_known(w)
}

# Undetermined: no known subject trusts the account, but some subject is unknown.
deny contains {
	"msg": sprintf("%s %s/%s: whether a federated credential trusts ServiceAccount %s/%s could not be determined: a credential's subject is unresolved (properties.subject)", [w.attrs.kind, w.namespace, w.name, w.namespace, k8s.service_account(w)]),
	"resource": w.id,
	"attr": k8s.service_account_path(w),
	"level": "note",
	"undetermined": true,
} if {
	count(wi.credentials) > 0
	not wi.subjects_known
	some scope in in_scope
	w := input.nodes[scope.id]
	sa_known(w)
	not wi.trusted(w.namespace, k8s.service_account(w))
}

# Undetermined: without credentials, the account's annotations are unknown.
deny contains {
	"msg": sprintf("%s %s/%s: whether ServiceAccount %s/%s carries %s could not be determined: its annotations are unresolved (metadata.annotations)", [w.attrs.kind, w.namespace, w.name, sa.namespace, sa.name, wi.client_id_key]),
	"resource": w.id,
	"attr": k8s.service_account_path(w),
	"level": "note",
	"undetermined": true,
	"related": [{"resource": sa.id, "attr": ["metadata"], "msg": "ServiceAccount"}],
} if {
	count(wi.credentials) == 0
	some scope in in_scope
	w := input.nodes[scope.id]
	sa_known(w)
	some sa in k8s.objects("ServiceAccount", w.namespace, k8s.service_account(w))
	not wi.annotated(sa)
	core.unknown(sa, ["metadata", "annotations"])
}
