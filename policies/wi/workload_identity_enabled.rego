# METADATA
# title: Workload identity enabled on the cluster
# description: >-
#   The Workload ID mutating webhook is what projects the federated service
#   account token into pods and sets AZURE_CLIENT_ID, AZURE_TENANT_ID and
#   AZURE_FEDERATED_TOKEN_FILE. AKS only installs it when workload identity
#   is enabled on the cluster, which is off unless set. Enabling it while the
#   OIDC issuer is off is rejected: the tokens it hands out could not be
#   validated.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-002
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: AKS クラスター上で Microsoft Entra ワークロード ID を有効にする (Enable Workload ID on the AKS cluster)
#   remediation: >-
#     Set workload_identity_enabled = true together with
#     oidc_issuer_enabled = true on azurerm_kubernetes_cluster, or
#     properties.securityProfile.workloadIdentity.enabled: true with
#     properties.oidcIssuerProfile.enabled: true in ARM and Bicep.
#   scope: >-
#     AKS clusters that use Workload ID: a federated credential's issuer
#     resolves to the cluster, or the manifests deployed to it annotate a
#     ServiceAccount with a client ID, label pods for Workload ID, or call an
#     Azure OpenAI account of the scan.
#   formats: [terraform, arm, bicep, kubernetes]
package wi.workload_identity_enabled

import data.lib.azure
import data.lib.core
import data.lib.workload_identity as wi

# The workload-identity clusters (S-WI), and those that only a heuristic
# association of the manifests puts there.
clusters contains s.cluster.id if some s in azure.wi_clusters

exact contains s.cluster.id if {
	some s in azure.wi_clusters
	not s.heuristic
}

default heuristic(_) := false

heuristic(id) if not id in exact

applicable contains id if some id in clusters

deny contains {
	"msg": sprintf("AKS cluster %s %s; the Workload ID webhook is not installed", [c.name, why]),
	"resource": c.id,
	"attr": wi.workload_identity_path,
	"heuristic": heuristic(c.id),
} if {
	some id in clusters
	c := input.nodes[id]
	why := disabled(c)
}

deny contains {
	"msg": sprintf("AKS cluster %s enables workload identity but disables the OIDC issuer; the pair is rejected", [c.name]),
	"resource": c.id,
	"attr": wi.workload_identity_path,
	"heuristic": heuristic(c.id),
} if {
	some id in clusters
	c := input.nodes[id]
	core.is_true(core.value(c, wi.workload_identity_path))
	oidc := core.value(c, wi.oidc_path)
	not core.is_true(oidc)
}

deny contains {
	"msg": sprintf("AKS cluster %s: whether workload identity is enabled could not be determined: the value is unresolved (properties.securityProfile.workloadIdentity.enabled)", [c.name]),
	"resource": c.id,
	"attr": wi.workload_identity_path,
	"level": "note",
	"undetermined": true,
} if {
	some id in clusters
	c := input.nodes[id]
	core.unknown(c, wi.workload_identity_path)
}

deny contains {
	"msg": sprintf("AKS cluster %s: whether the OIDC issuer that workload identity needs is enabled could not be determined: the value is unresolved (properties.oidcIssuerProfile.enabled)", [c.name]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"level": "note",
	"undetermined": true,
} if {
	some id in clusters
	c := input.nodes[id]
	core.is_true(core.value(c, wi.workload_identity_path))
	core.unknown(c, wi.oidc_path)
}

# disabled says how a cluster leaves workload identity off.
disabled(c) := "omits workload_identity_enabled, which defaults to false" if {
	v := core.value(c, wi.workload_identity_path)
	not core.is_true(v)
	wi.defaulted(c, wi.workload_identity_path)
} else := "disables workload identity" if {
	v := core.value(c, wi.workload_identity_path)
	not core.is_true(v)
} else := "does not enable workload identity (securityProfile.workloadIdentity.enabled is off unless set)" if {
	core.absent(c, wi.workload_identity_path)
}
