# METADATA
# title: Inference router service type is present and valid
# description: >-
#   With inference enabled the Azure ML extension needs
#   inferenceRouterServiceType, the Kubernetes service type of its
#   inference router azureml-fe: LoadBalancer, NodePort or ClusterIP.
#   The deployment is rejected when the setting is missing or holds another
#   value.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/reference-kubernetes
#     description: Azure ML extension configuration settings (supplementary)
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-014
#   severity: error
#   provenance: supplementary
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: sslSecret の構成 (Configure sslSecret, CLI example with inferenceRouterServiceType)
#   remediation: >-
#     Set inferenceRouterServiceType in configuration settings to
#     LoadBalancer (the usual choice, with TLS termination exposed by the
#     cloud load balancer), NodePort or ClusterIP.
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) with real-time
#     inference on.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.router_service_type

import data.lib.extension as ext

key := "inferenceRouterServiceType"

valid := {"loadbalancer", "nodeport", "clusterip"}

applicable contains e.id if some e in ext.inference_extensions

# problem says what is wrong with the service type, when something is.
problem(e) := sprintf("does not set %s", [key]) if ext.absent(e, key)

else := sprintf("sets %s to %q; it must be LoadBalancer, NodePort or ClusterIP", [key, v]) if {
	v := ext.value(e, key)
	not lower(sprintf("%v", [v])) in valid
}

deny contains {
	"msg": sprintf("%s enables inference but %s", [ext.label(e), problem(e)]),
	"resource": e.id,
	"attr": path(e),
} if {
	some e in ext.inference_extensions
	ext.inference_enabled(e)
	problem(e)
}

path(e) := p if {
	p := ext.setting(e, key).path
} else := ext.settings_path

unresolved(e) := key if ext.unknown(e, key)

else := ext.inference_unknown_key(e) if problem(e)

deny contains {
	"msg": sprintf("whether %s sets a valid inference router service type could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(p)]),
	"resource": e.id,
	"attr": p,
	"level": "note",
	"undetermined": true,
} if {
	some e in ext.inference_extensions
	k := unresolved(e)
	p := ext.unknown_path(e, k)
}
