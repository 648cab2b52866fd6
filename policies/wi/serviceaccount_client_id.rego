# METADATA
# title: ServiceAccount annotated with the identity's client ID
# description: >-
#   The ServiceAccount a federated credential trusts must exist in its
#   namespace and carry the annotation azure.workload.identity/client-id
#   with the client ID of the user-assigned managed identity. The Workload
#   ID webhook reads this annotation to tell the Azure SDK which identity to
#   request a token for; without it, or with a value that is not a client
#   ID, token exchange fails.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-006
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: ServiceAccount を作成する (Create the ServiceAccount)
#   remediation: >-
#     Declare the ServiceAccount named in the federated credential's subject
#     (system:serviceaccount:<namespace>:<name>) in that namespace and
#     annotate it with azure.workload.identity/client-id set to the managed
#     identity's client ID (a GUID, or a placeholder your deployment
#     pipeline renders).
#   scope: >-
#     Every ServiceAccount named by a federated credential's subject, and
#     every ServiceAccount that carries the client-id annotation.
#   formats: [kubernetes, terraform, arm, bicep]
package wi.serviceaccount_client_id

import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.workload_identity as wi

annotation_path := ["metadata", "annotations", wi.client_id_key]

# The ServiceAccounts the rule is about: annotated ones, those a credential
# trusts, and, with manifests in the scan, the credentials whose
# ServiceAccount is missing or cannot be told.
applicable contains sa.id if {
	some sa in service_accounts
	wi.annotated(sa)
}

applicable contains sa.id if {
	some fic in wi.credentials
	s := wi.subject(fic)
	some sa in k8s.objects("ServiceAccount", s.namespace, s.name)
}

applicable contains fic.id if {
	k8s.any_manifests
	some fic in wi.credentials
	s := wi.subject(fic)
	count(k8s.objects("ServiceAccount", s.namespace, s.name)) == 0
}

applicable contains fic.id if {
	k8s.any_manifests
	some fic in wi.credentials
	core.unknown(fic, wi.subject_path)
}

# An annotated ServiceAccount whose value is empty or not a client ID.
deny contains {
	"msg": sprintf("ServiceAccount %s/%s has an empty %s annotation", [sa.namespace, sa.name, wi.client_id_key]),
	"resource": sa.id,
	"attr": annotation_path,
} if {
	some sa in service_accounts
	v := core.value(sa, annotation_path)
	trim_space(sprintf("%v", [v])) == ""
}

deny contains {
	"msg": sprintf("ServiceAccount %s/%s has %s %q, which is not a client ID (GUID)", [sa.namespace, sa.name, wi.client_id_key, v]),
	"resource": sa.id,
	"attr": annotation_path,
} if {
	some sa in service_accounts
	v := core.value(sa, annotation_path)
	s := sprintf("%v", [v])
	trim_space(s) != ""
	not core.guid(s)
}

# A ServiceAccount a credential trusts exists but lacks the annotation.
deny contains {
	"msg": sprintf("ServiceAccount %s/%s is trusted by federated credential %s but has no %s annotation", [sa.namespace, sa.name, fic.name, wi.client_id_key]),
	"resource": sa.id,
	"attr": annotation_path,
	"related": [{"resource": fic.id, "attr": wi.subject_path, "msg": "federated credential subject"}],
} if {
	some fic in wi.credentials
	s := wi.subject(fic)
	some sa in k8s.objects("ServiceAccount", s.namespace, s.name)
	not wi.annotated(sa)
	not core.unknown(sa, ["metadata", "annotations"])
}

# The trusted ServiceAccount is missing from manifests that cover its namespace.
deny contains {
	"msg": sprintf("federated credential %s trusts ServiceAccount %s/%s, which the manifests of namespace %s do not declare", [fic.name, s.namespace, s.name, s.namespace]),
	"resource": fic.id,
	"attr": wi.subject_path,
} if {
	some fic in wi.credentials
	s := wi.subject(fic)
	count(k8s.objects("ServiceAccount", s.namespace, s.name)) == 0
	k8s.namespace_in_scan(s.namespace)
}

deny contains {
	"msg": sprintf("federated credential %s trusts ServiceAccount %s/%s, which is not in the scan", [fic.name, s.namespace, s.name]),
	"resource": fic.id,
	"attr": wi.subject_path,
	"level": "note",
} if {
	k8s.any_manifests
	some fic in wi.credentials
	s := wi.subject(fic)
	count(k8s.objects("ServiceAccount", s.namespace, s.name)) == 0
	not k8s.namespace_in_scan(s.namespace)
}

# The annotation names another identity than the trusting credential's.
deny contains {
	"msg": sprintf("ServiceAccount %s/%s has client ID %s, but federated credential %s belongs to identity %s with client ID %s", [sa.namespace, sa.name, v, fic.name, uami.name, want]),
	"resource": sa.id,
	"attr": annotation_path,
	"related": [{"resource": uami.id, "attr": ["properties", "clientId"], "msg": "managed identity"}],
} if {
	some sa in service_accounts
	v := core.value(sa, annotation_path)
	core.guid(v)
	some fic in wi.trusting(sa.namespace, sa.name)
	some uami in core.out(fic, "L14")
	want := core.value(uami, ["properties", "clientId"])
	core.guid(want)
	lower(want) != lower(v)
}

# An annotated ServiceAccount that no credential in the scan trusts.
deny contains {
	"msg": sprintf("ServiceAccount %s/%s carries %s, but no federated credential in the scan trusts system:serviceaccount:%s:%s", [sa.namespace, sa.name, wi.client_id_key, sa.namespace, sa.name]),
	"resource": sa.id,
	"attr": annotation_path,
	"level": "warning",
} if {
	count(wi.credentials) > 0
	wi.subjects_known
	some sa in service_accounts
	wi.annotated(sa)
	not wi.trusted(sa.namespace, sa.name)
}

service_accounts := k8s.of_kind("ServiceAccount")

# Undetermined: the trusted ServiceAccount's annotations cannot be read.
deny contains {
	"msg": sprintf("ServiceAccount %s/%s: whether it carries %s could not be determined: its annotations are unresolved (metadata.annotations)", [sa.namespace, sa.name, wi.client_id_key]),
	"resource": sa.id,
	"attr": annotation_path,
	"level": "note",
	"undetermined": true,
} if {
	some fic in wi.credentials
	s := wi.subject(fic)
	some sa in k8s.objects("ServiceAccount", s.namespace, s.name)
	not wi.annotated(sa)
	core.unknown(sa, ["metadata", "annotations"])
}

# Undetermined: a credential's subject cannot be read.
deny contains {
	"msg": sprintf("federated credential %s: which ServiceAccount it trusts could not be determined: the subject is unresolved (properties.subject)", [fic.name]),
	"resource": fic.id,
	"attr": wi.subject_path,
	"level": "note",
	"undetermined": true,
} if {
	k8s.any_manifests
	some fic in wi.credentials
	core.unknown(fic, wi.subject_path)
}

# Undetermined: an annotated ServiceAccount no known subject trusts, while
# some subject is unknown.
deny contains {
	"msg": sprintf("ServiceAccount %s/%s: whether a federated credential trusts it could not be determined: a credential's subject is unresolved (properties.subject)", [sa.namespace, sa.name]),
	"resource": sa.id,
	"attr": annotation_path,
	"level": "note",
	"undetermined": true,
} if {
	not wi.subjects_known
	some sa in service_accounts
	wi.annotated(sa)
	not wi.trusted(sa.namespace, sa.name)
}
