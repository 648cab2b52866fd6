package tls.router_exposure_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.router_exposure as rule

node_port := b.ext_with(b.settings_with({"inferenceRouterServiceType": "NodePort"}))

ingress(ns, backend, tls) := t.manifest("networking.k8s.io/v1", "Ingress", ns, "scoring", {"spec": object.union(
	{"rules": [{"host": "ml.contoso.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": backend, "port": {"number": 80}}}}]}}]},
	tls,
)})

with_tls := {"tls": [{"hosts": ["ml.contoso.com"], "secretName": "scoring-tls"}]}

gateway(protocol) := t.manifest("gateway.networking.k8s.io/v1", "Gateway", "infra", "public", {"spec": {
	"gatewayClassName": "approuting",
	"listeners": [{"name": "web", "port": 443, "protocol": protocol}],
}})

route := t.manifest("gateway.networking.k8s.io/v1", "HTTPRoute", "azureml", "scoring", {"spec": {
	"parentRefs": [{"name": "public", "namespace": "infra"}],
	"rules": [{"backendRefs": [{"name": "azureml-fe", "port": 80}]}],
}})

test_deny_node_port if {
	rule.deny == {{
		"msg": "Azure ML extension azureml exposes its inference router as NodePort: the scan shows no Ingress or Gateway with TLS in front of azureml/azureml-fe",
		"resource": node_port.id,
		"attr": b.settings_path("inferenceRouterServiceType"),
	}} with input as t.inputs([node_port])
}

test_deny_cluster_ip_ingress_without_tls if {
	e := b.ext_with(b.settings_with({"inferenceRouterServiceType": "clusterip"}))
	count(rule.deny) == 1 with input as t.inputs([e, ingress("azureml", "azureml-fe", {})])
}

test_deny_ingress_other_backend if {
	count(rule.deny) == 1 with input as t.inputs([node_port, ingress("azureml", "web", with_tls)])
}

test_deny_gateway_http_only if {
	count(rule.deny) == 1 with input as t.inputs([node_port, route, gateway("HTTP")])
}

test_allow_load_balancer if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.baseline)])
}

test_allow_ingress_with_tls if {
	count(rule.deny) == 0 with input as t.inputs([node_port, ingress("azureml", "azureml-fe", with_tls)])
}

test_allow_gateway_https if {
	count(rule.deny) == 0 with input as t.inputs([node_port, route, gateway("HTTPS")])
}

test_unknown_service_type if {
	e := b.unknown_setting(b.ext_with(b.baseline), "configurationSettings", "inferenceRouterServiceType")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml exposes its inference router without TLS termination could not be determined: inferenceRouterServiceType is unresolved (properties.configurationSettings.inferenceRouterServiceType)",
		"resource": e.id,
		"attr": b.settings_path("inferenceRouterServiceType"),
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_applicable if {
	rule.applicable == {node_port.id} with input as t.inputs([node_port])
}
