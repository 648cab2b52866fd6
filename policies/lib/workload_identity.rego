# METADATA
# description: >-
#   Microsoft Entra Workload ID: federated credentials, their subjects, and
#   the ServiceAccounts and pods that use them.
package lib.workload_identity

import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.roles

client_id_key := "azure.workload.identity/client-id"

use_key := "azure.workload.identity/use"

fic_type := "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"

subject_pattern := `^system:serviceaccount:([a-z0-9.-]+):([a-z0-9.-]+)$`

# credentials are the federated identity credentials in the scan.
credentials := core.nodes_of_type(fic_type)

subject_path := ["properties", "subject"]

# subject returns {"namespace", "name"} of a credential whose subject is a
# known, well-formed ServiceAccount subject.
subject(fic) := {"namespace": m[1], "name": m[2]} if {
	s := core.value(fic, subject_path)
	is_string(s)
	m := regex.find_all_string_submatch_n(subject_pattern, s, 1)[0]
}

# subjects_known holds when no credential's subject is unknown.
subjects_known if {
	every fic in credentials {
		not core.unknown(fic, subject_path)
	}
}

# trusted holds when some credential's subject names ServiceAccount ns/name.
trusted(ns, name) if {
	some fic in credentials
	subject(fic) == {"namespace": ns, "name": name}
}

# trusting lists the credentials whose subject names ns/name.
trusting(ns, name) := [fic |
	some fic in credentials
	subject(fic) == {"namespace": ns, "name": name}
]

# annotated holds when a ServiceAccount carries the client-id annotation
# (whatever its value).
annotated(sa) if k8s.annotation(sa, client_id_key)

# workload_identity_account holds for a ServiceAccount meant for Workload
# ID: annotated, or named by a credential's subject.
workload_identity_account(ns, name) if {
	some sa in k8s.objects("ServiceAccount", ns, name)
	annotated(sa)
}

workload_identity_account(ns, name) if trusted(ns, name)

identity_type := "Microsoft.ManagedIdentity/userAssignedIdentities"

cluster_type := "Microsoft.ContainerService/managedClusters"

issuer_path := ["properties", "issuer"]

audiences_path := ["properties", "audiences"]

# issuer_url_path is the cluster attribute a credential's issuer must read.
issuer_url_path := ["properties", "oidcIssuerProfile", "issuerURL"]

# token_audience is the audience Workload ID tokens are issued for.
token_audience := "api://AzureADTokenExchange"

oidc_path := ["properties", "oidcIssuerProfile", "enabled"]

workload_identity_path := ["properties", "securityProfile", "workloadIdentity", "enabled"]

# identities lists the user-assigned identities a credential belongs to (L14).
identities(fic) := [u | some u in core.out(fic, "L14"); core.is_type(u, identity_type)]

# credentials_of lists the federated credentials of an identity (L14).
credentials_of(u) := [fic | some fic in core.into(u, "L14"); core.is_type(fic, fic_type)]

# parent_unresolved holds when a credential's identity is not resolved to a
# node of the scan.
parent_unresolved(fic) if count(identities(fic)) == 0

# issuers lists what a credential's issuer resolves to (L14-issuer): the
# node and the attribute of it the issuer reads.
issuers(fic) := [{"node": input.nodes[e.to], "target": e.target} |
	some e in core.edges_out(fic)
	e.kind == "L14-issuer"
	core.path_is(e.attr, issuer_path)
]

# issuer_clusters lists the AKS clusters whose OIDC issuer URL a
# credential's issuer reads (more than one only through a conditional).
issuer_clusters(fic) := [i.node |
	some i in issuers(fic)
	core.is_type(i.node, cluster_type)
	core.path_is(i.target, issuer_url_path)
]

# issuer_cluster returns the AKS cluster whose OIDC issuer URL a credential
# trusts, the first when a conditional names several.
issuer_cluster(fic) := issuer_clusters(fic)[0]

# aks_issuer_url holds for a literal issuer shaped like the URL of an AKS
# cluster's OIDC issuer.
aks_issuer_url(s) if {
	is_string(s)
	regex.match(`(?i)^https://[^/]+\.oic\.prod-aks\.azure\.com/`, s)
}

# kubernetes_credential holds for a credential that federates a Kubernetes
# ServiceAccount: its issuer resolves to a cluster or is an AKS issuer URL,
# its subject names a ServiceAccount, or neither can be known.
kubernetes_credential(fic) if {
	some i in issuers(fic)
	core.is_type(i.node, cluster_type)
}

kubernetes_credential(fic) if aks_issuer_url(core.value(fic, issuer_path))

kubernetes_credential(fic) if {
	s := core.value(fic, subject_path)
	is_string(s)
	startswith(s, "system:serviceaccount:")
}

kubernetes_credential(fic) if {
	count(issuers(fic)) == 0
	core.unknown(fic, issuer_path)
	not core.known(fic, subject_path)
}

# kubernetes_minor returns [major, minor] of a cluster's known Kubernetes
# version ("1.33", "1.33.2", "v1.34").
kubernetes_minor(c) := [to_number(m[1]), to_number(m[2])] if {
	v := core.value(c, ["properties", "kubernetesVersion"])
	is_string(v)
	m := regex.find_all_string_submatch_n(`^v?(\d+)\.(\d+)`, v, 1)[0]
}

# defaulted holds when the Terraform mapper wrote the value at path from a
# provider default (the attribute is omitted).
defaulted(n, path) if concat(".", path) in object.get(n, ["facts", "defaults"], [])

# version_default holds when the value at path is omitted and its default
# depends on the provider major version (azurerm v4: left to the service).
version_default(n, path) if concat(".", path) in object.get(n, ["facts", "version_default"], [])

# provider_major returns the azurerm provider major version of a Terraform
# node; undefined when the configuration does not say.
provider_major(n) := m if {
	m := n.facts.terraform.provider.major
	m > 0
}

# aks_identities are the IDs of the identities with a credential that
# trusts an AKS cluster's OIDC issuer.
aks_identities contains u.id if {
	some fic in credentials
	issuer_cluster(fic)
	some u in identities(fic)
}

# openai_user is the least role that lets an identity call Azure OpenAI.
openai_user := roles.builtin["cognitive services openai user"]

# openai_broader_roles carry the inference data actions and more.
openai_broader_roles := {roles.builtin["cognitive services openai contributor"], roles.builtin["cognitive services user"]}

# openai_data_roles let an identity call Azure OpenAI.
openai_data_roles := openai_broader_roles | {openai_user}

# control_roles manage a resource but carry no data actions.
control_roles := {roles.builtin.owner, roles.builtin.contributor}

# unknown_under holds when the value at path, a value that contains it, or
# a value inside it cannot be known statically.
unknown_under(n, path) if core.unknown(n, path)

unknown_under(n, path) if {
	some u in n.unknown
	count(u) > count(path)
	array.slice(core.steps(u), 0, count(path)) == core.steps(path)
}
