# METADATA
# title: Federated credential matches the cluster issuer, ServiceAccount and audience
# description: >-
#   Microsoft Entra only exchanges a pod's service account token when a
#   federated credential on the managed identity matches it exactly: the
#   issuer must be the OIDC issuer URL of the cluster the pod runs on, the
#   subject must be system:serviceaccount:<namespace>:<name> of the pod's
#   ServiceAccount, and the audience must be the one the Workload ID webhook
#   requests, api://AzureADTokenExchange. Any difference makes the exchange
#   fail. A literal issuer URL embeds a cluster-specific identifier that
#   only exists after deployment and cannot be checked statically.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-005
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: Microsoft Entra ID フェデレーション資格情報を作成する (Create the federated identity credential)
#   remediation: >-
#     Give the managed identity a federated credential whose issuer
#     references the cluster's OIDC issuer URL (oidc_issuer_url of
#     azurerm_kubernetes_cluster, properties.oidcIssuerProfile.issuerURL in
#     Bicep and ARM), whose subject is
#     system:serviceaccount:<namespace>:<serviceaccount> of the workload's
#     ServiceAccount, and whose audience is api://AzureADTokenExchange.
#   scope: >-
#     User-assigned identities with a federated credential for a Kubernetes
#     ServiceAccount, and, when the scan has a Workload ID cluster, those
#     that hold an Azure OpenAI data role on an account of the scan.
#   formats: [terraform, arm, bicep, kubernetes]
package wi.federated_credential

import data.lib.azure
import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.roles
import data.lib.workload_identity as wi

# The credentials checked, by ID, with the resource each is about: its
# identity, or the credential itself when its identity is unresolved.
checked_ids contains {"fic": fic.id, "unit": unit_of(fic)} if {
	some fic in wi.credentials
	wi.kubernetes_credential(fic)
}

checked := [{"fic": input.nodes[c.fic], "unit": c.unit} | some c in checked_ids]

units := {c.unit | some c in checked_ids}

unit_of(fic) := wi.identities(fic)[0].id if {
	not wi.parent_unresolved(fic)
} else := fic.id

# Identities that Workload ID workloads would use to call Azure OpenAI.
openai_identities contains u.id if {
	count(azure.wi_clusters) > 0
	some u in core.nodes_of_type(wi.identity_type)
	some x in roles.assignments_to(u)
	roles.role_guid(x.ra) in wi.openai_data_roles
	some a in azure.openai_accounts
	roles.covers(x.ra, a)
}

applicable contains id if some id in units

applicable contains id if some id in openai_identities

# 1. The identity has a credential for a Kubernetes ServiceAccount.
deny contains {
	"msg": sprintf("identity %s holds an Azure OpenAI role but has no federated credential for a Kubernetes ServiceAccount", [u.name]),
	"resource": u.id,
	"attr": [],
} if {
	some id in openai_identities
	not id in units
	u := input.nodes[id]
	not orphan_credential
}

deny contains {
	"msg": sprintf("identity %s: whether it has a federated credential could not be determined: the identity of credential %s is unresolved (parent)", [u.name, fic.name]),
	"resource": u.id,
	"attr": [],
	"level": "note",
	"undetermined": true,
	"related": [{"resource": fic.id, "attr": ["parent"], "msg": sprintf("federated credential %s", [fic.name])}],
} if {
	some id in openai_identities
	not id in units
	u := input.nodes[id]
	fic := input.nodes[orphan_credential]
}

# orphan_credential is the first credential whose identity is unresolved.
orphan_credential := sort({fic.id |
	some fic in wi.credentials
	wi.parent_unresolved(fic)
	not core.absent(fic, ["parent"])
})[0]

# 2. The issuer is the OIDC issuer URL of the workload's cluster.
deny contains {
	"msg": sprintf("federated credential %s trusts the OIDC issuer of AKS cluster %s, but ServiceAccount %s/%s is deployed to cluster %s", [fic.name, c.name, s.namespace, s.name, deployed.name]),
	"resource": fic.id,
	"attr": wi.issuer_path,
	"applies_to": unit,
	"heuristic": k8s.deploys_to(sa).heuristic,
	"related": [
		{"resource": c.id, "attr": wi.oidc_path, "msg": sprintf("AKS cluster %s", [c.name])},
		{"resource": sa.id, "attr": ["metadata", "name"], "msg": "ServiceAccount"},
	],
} if {
	some x in checked
	fic := x.fic
	unit := x.unit
	c := wi.issuer_cluster(fic)
	s := wi.subject(fic)
	some sa in k8s.objects("ServiceAccount", s.namespace, s.name)
	deployed := input.nodes[k8s.cluster_of(sa)]
	every other in wi.issuer_clusters(fic) {
		other.id != deployed.id
	}
}

deny contains {
	"msg": sprintf("issuer of federated credential %s reads %s of AKS cluster %s, not its OIDC issuer URL", [fic.name, concat(".", i.target), i.node.name]),
	"resource": fic.id,
	"attr": wi.issuer_path,
	"applies_to": x.unit,
	"related": [{"resource": i.node.id, "attr": i.target, "msg": sprintf("AKS cluster %s", [i.node.name])}],
} if {
	some x in checked
	fic := x.fic
	not wi.issuer_cluster(fic)
	some i in wi.issuers(fic)
	core.is_type(i.node, wi.cluster_type)
}

deny contains {
	"msg": sprintf("federated credential %s: whether its issuer is an AKS cluster's could not be determined: %s", [fic.name, why]),
	"resource": fic.id,
	"attr": wi.issuer_path,
	"applies_to": x.unit,
	"level": "note",
	"undetermined": true,
} if {
	some x in checked
	fic := x.fic
	why := issuer_unresolved(fic)
}

deny contains {
	"msg": sprintf("federated credential %s has no issuer", [fic.name]),
	"resource": fic.id,
	"attr": wi.issuer_path,
	"applies_to": x.unit,
} if {
	some x in checked
	fic := x.fic
	count(wi.issuers(fic)) == 0
	core.absent(fic, wi.issuer_path)
}

# issuer_unresolved says why an issuer cannot be matched with a cluster.
issuer_unresolved(fic) := sprintf("it refers to %s, which is not an AKS cluster (properties.issuer)", [concat(", ", names)]) if {
	is := wi.issuers(fic)
	count(is) > 0
	every i in is {
		not core.is_type(i.node, wi.cluster_type)
	}
	names := sort({i.node.name | some i in is})
} else := "the issuer is a literal URL, which only the deployed cluster can confirm (properties.issuer)" if {
	count(wi.issuers(fic)) == 0
	core.known(fic, wi.issuer_path)
} else := "the issuer is unresolved (properties.issuer)" if {
	count(wi.issuers(fic)) == 0
	core.unknown(fic, wi.issuer_path)
}

# 3. The subject names a ServiceAccount.
deny contains {
	"msg": sprintf("subject \"%v\" of federated credential %s is not system:serviceaccount:<namespace>:<name>", [v, fic.name]),
	"resource": fic.id,
	"attr": wi.subject_path,
	"applies_to": x.unit,
} if {
	some x in checked
	fic := x.fic
	v := core.value(fic, wi.subject_path)
	not wi.subject(fic)
}

deny contains {
	"msg": sprintf("federated credential %s has no subject", [fic.name]),
	"resource": fic.id,
	"attr": wi.subject_path,
	"applies_to": x.unit,
} if {
	some x in checked
	fic := x.fic
	core.absent(fic, wi.subject_path)
}

deny contains {
	"msg": sprintf("federated credential %s: which ServiceAccount it trusts could not be determined: the subject is unresolved (properties.subject)", [fic.name]),
	"resource": fic.id,
	"attr": wi.subject_path,
	"applies_to": x.unit,
	"level": "note",
	"undetermined": true,
} if {
	some x in checked
	fic := x.fic
	core.unknown(fic, wi.subject_path)
}

# 4. The audience is the one Workload ID requests.
deny contains {
	"msg": sprintf("federated credential %s does not list the audience %s that Workload ID tokens carry", [fic.name, wi.token_audience]),
	"resource": fic.id,
	"attr": wi.audiences_path,
	"applies_to": x.unit,
	"level": "warning",
} if {
	some x in checked
	fic := x.fic
	not audience_unknown(fic)
	not token_audience(fic)
}

deny contains {
	"msg": sprintf("federated credential %s: whether it accepts the Workload ID audience could not be determined: the audiences are unresolved (properties.audiences)", [fic.name]),
	"resource": fic.id,
	"attr": wi.audiences_path,
	"applies_to": x.unit,
	"level": "note",
	"undetermined": true,
} if {
	some x in checked
	fic := x.fic
	audience_unknown(fic)
	not token_audience(fic)
}

token_audience(fic) if {
	v := core.value(fic, wi.audiences_path)
	is_array(v)
	some a in v
	a == wi.token_audience
}

audience_unknown(fic) if wi.unknown_under(fic, wi.audiences_path)

# 5. The trusted ServiceAccount is among the scanned manifests.
deny contains {
	"msg": sprintf("federated credential %s: whether ServiceAccount %s/%s exists could not be determined: it is not among the scanned manifests (properties.subject)", [fic.name, s.namespace, s.name]),
	"resource": fic.id,
	"attr": wi.subject_path,
	"applies_to": x.unit,
	"level": "note",
	"undetermined": true,
} if {
	k8s.any_manifests
	some x in checked
	fic := x.fic
	s := wi.subject(fic)
	count(k8s.objects("ServiceAccount", s.namespace, s.name)) == 0
}
