# METADATA
# title: OIDC issuer enabled on the cluster
# description: >-
#   Workload ID exchanges a Kubernetes service account token for a Microsoft
#   Entra token. Entra can only validate that token against the cluster's
#   OIDC issuer, which AKS does not publish unless the issuer is turned on.
#   Its default depends on where the cluster is declared: azurerm v3 sends
#   false, azurerm v5 sends true, and azurerm v4, ARM and Bicep leave it to
#   the AKS service, which documents it as off but is said to turn it on from
#   Kubernetes 1.34. Relying on that service default is a warning; with the
#   scan profile's unverified.oidc_service_default_1_34 set to false an
#   omitted issuer counts as off.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-001
#   severity: error
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: AKS クラスター上で Microsoft Entra ワークロード ID を有効にする (Enable Workload ID on the AKS cluster)
#   remediation: >-
#     Turn the issuer on explicitly: oidc_issuer_enabled = true on
#     azurerm_kubernetes_cluster, or properties.oidcIssuerProfile.enabled:
#     true in ARM and Bicep. Do not rely on provider or service defaults.
#   scope: >-
#     AKS clusters that use Workload ID: a federated credential's issuer
#     resolves to the cluster, or the manifests deployed to it annotate a
#     ServiceAccount with a client ID, label pods for Workload ID, or call an
#     Azure OpenAI account of the scan.
#   formats: [terraform, arm, bicep, kubernetes]
package wi.oidc_issuer

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

# The 1.34 rule (U6) of the service default, else absent means off.
service_default_rule := object.get(input.context, ["unverified", "oidc_service_default_1_34"], true)

deny contains {
	"msg": sprintf("AKS cluster %s disables the OIDC issuer; Workload ID tokens cannot be validated", [c.name]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"heuristic": heuristic(c.id),
} if {
	some id in clusters
	c := input.nodes[id]
	v := core.value(c, wi.oidc_path)
	not core.is_true(v)
	not wi.defaulted(c, wi.oidc_path)
}

deny contains {
	"msg": sprintf("AKS cluster %s omits oidc_issuer_enabled, which azurerm v%d defaults to false", [c.name, wi.provider_major(c)]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"heuristic": heuristic(c.id),
} if {
	some id in clusters
	c := input.nodes[id]
	v := core.value(c, wi.oidc_path)
	not core.is_true(v)
	wi.defaulted(c, wi.oidc_path)
}

deny contains {
	"msg": sprintf("AKS cluster %s: whether the OIDC issuer is enabled could not be determined: the value is unresolved (properties.oidcIssuerProfile.enabled)", [c.name]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"level": "note",
	"undetermined": true,
} if {
	some id in clusters
	c := input.nodes[id]
	core.unknown(c, wi.oidc_path)
}

# Absent: off, unless the 1.34 rule of the service default is accepted.
deny contains {
	"msg": sprintf("AKS cluster %s does not enable the OIDC issuer%s; it is off unless enabled", [c.name, origin(c)]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"heuristic": heuristic(c.id),
} if {
	not service_default_rule
	some id in clusters
	c := input.nodes[id]
	core.absent(c, wi.oidc_path)
}

deny contains {
	"msg": sprintf("AKS cluster %s does not enable the OIDC issuer%s and runs Kubernetes %s, where the AKS service default is off", [c.name, origin(c), core.value(c, ["properties", "kubernetesVersion"])]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"heuristic": heuristic(c.id),
} if {
	service_default_rule
	some id in clusters
	c := input.nodes[id]
	core.absent(c, wi.oidc_path)
	before_1_34(c)
}

deny contains {
	"msg": sprintf("AKS cluster %s does not enable the OIDC issuer%s and relies on the AKS service default, documented as off and said to be on from Kubernetes 1.34", [c.name, origin(c)]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"level": "warning",
	"heuristic": heuristic(c.id),
} if {
	service_default_rule
	some id in clusters
	c := input.nodes[id]
	core.absent(c, wi.oidc_path)
	not before_1_34(c)
}

# The default depends on a provider version the configuration does not state.
deny contains {
	"msg": sprintf("AKS cluster %s omits oidc_issuer_enabled and the azurerm provider version is unknown (azurerm v3 defaults it to false, v5 to true); the v4 behaviour is assumed", [c.name]),
	"resource": c.id,
	"attr": wi.oidc_path,
	"level": "note",
} if {
	some id in clusters
	c := input.nodes[id]
	wi.version_default(c, wi.oidc_path)
	not wi.provider_major(c)
}

before_1_34(c) if {
	v := wi.kubernetes_minor(c)
	v < [1, 34]
}

origin(c) := " (azurerm v4 leaves it to the service)" if {
	wi.version_default(c, wi.oidc_path)
	wi.provider_major(c) == 4
} else := ""
