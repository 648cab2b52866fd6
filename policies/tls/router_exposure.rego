# METADATA
# title: A NodePort or ClusterIP inference router needs its own load balancer and TLS termination
# description: >-
#   With inferenceRouterServiceType LoadBalancer the cloud load balancer
#   exposes the inference router azureml-fe and the extension's TLS
#   termination. With NodePort or ClusterIP nothing outside the cluster
#   reaches azureml-fe until you put your own load balancer or ingress with
#   TLS termination in front of it, which the extension settings alone do
#   not show.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-013
#   severity: note
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: FQDN を使用して DNS を更新する (Update DNS with an FQDN, Note under step 1)
#   remediation: >-
#     Expose azureml-fe (namespace azureml) through an Ingress with a tls
#     section or a Gateway API HTTPRoute attached to an HTTPS listener, or
#     switch inferenceRouterServiceType to LoadBalancer.
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) with real-time
#     inference on, with the manifests of the cluster they are installed on.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.router_exposure

import data.lib.extension as ext
import data.lib.kubernetes as k8s

key := "inferenceRouterServiceType"

internal_types := {"nodeport", "clusterip"}

router := "azureml-fe"

router_namespace := "azureml"

applicable contains e.id if some e in ext.inference_extensions

deny contains {
	"msg": sprintf("%s exposes its inference router as %s: the scan shows no Ingress or Gateway with TLS in front of %s/%s", [ext.label(e), x.value, router_namespace, router]),
	"resource": e.id,
	"attr": x.path,
} if {
	some e in ext.inference_extensions
	ext.inference_enabled(e)
	x := ext.setting(e, key)
	x.known
	lower(sprintf("%v", [x.value])) in internal_types
	not fronted(e)
}

unresolved(e) := key if ext.unknown(e, key)

else := ext.inference_unknown_key(e) if {
	lower(sprintf("%v", [ext.value(e, key)])) in internal_types
	not fronted(e)
}

deny contains {
	"msg": sprintf("whether %s exposes its inference router without TLS termination could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(p)]),
	"resource": e.id,
	"attr": p,
	"undetermined": true,
} if {
	some e in ext.inference_extensions
	k := unresolved(e)
	p := ext.unknown_path(e, k)
}

# fronted holds when the manifests of the extension's cluster put TLS in
# front of the router.
fronted(e) if {
	some i in k8s.of_kind("Ingress")
	ext.object_applies(e, i)
	ingress_tls(i)
}

fronted(e) if {
	some r in k8s.of_kind("HTTPRoute")
	ext.object_applies(e, r)
	route_tls(r)
}

# An Ingress in azureml with a tls section and azureml-fe as a backend.
ingress_tls(i) if {
	i.namespace == router_namespace
	count(object.get(i.attrs, ["spec", "tls"], [])) > 0
	router in ingress_backends(i)
}

ingress_backends(i) := {name |
	some b in array.concat(
		[object.get(i.attrs.spec, "defaultBackend", {}), object.get(i.attrs.spec, "backend", {})],
		[p.backend |
			some rule in object.get(i.attrs.spec, "rules", [])
			some p in object.get(rule, ["http", "paths"], [])
		],
	)
	some name in [object.get(b, ["service", "name"], ""), object.get(b, "serviceName", "")]
	name != ""
}

# An HTTPRoute with azureml-fe (namespace azureml) as a backend, attached
# to a Gateway of the scan with an HTTPS listener.
route_tls(r) if {
	some rule in object.get(r.attrs, ["spec", "rules"], [])
	some ref in object.get(rule, "backendRefs", [])
	object.get(ref, "kind", "Service") == "Service"
	ref.name == router
	object.get(ref, "namespace", r.namespace) == router_namespace
	some parent in object.get(r.attrs, ["spec", "parentRefs"], [])
	object.get(parent, "kind", "Gateway") == "Gateway"
	some gw in k8s.objects("Gateway", object.get(parent, "namespace", r.namespace), parent.name)
	some listener in object.get(gw.attrs, ["spec", "listeners"], [])
	upper(object.get(listener, "protocol", "")) == "HTTPS"
}
