package tls.router_service_type_test

import data.lib.testing as t
import data.tls.builders_test as b
import data.tls.router_service_type as rule

test_deny_absent if {
	e := b.ext_with(b.settings_without(["inferenceRouterServiceType"]))
	rule.deny == {{
		"msg": "Azure ML extension azureml enables inference but does not set inferenceRouterServiceType",
		"resource": e.id,
		"attr": ["properties", "configurationSettings"],
	}} with input as t.inputs([e])
}

test_deny_invalid if {
	e := b.ext_with(b.settings_with({"inferenceRouterServiceType": "Ingress"}))
	some d in rule.deny with input as t.inputs([e])
	d.msg == "Azure ML extension azureml enables inference but sets inferenceRouterServiceType to \"Ingress\"; it must be LoadBalancer, NodePort or ClusterIP"
	d.attr == b.settings_path("inferenceRouterServiceType")
}

test_allow_values if {
	every v in ["LoadBalancer", "loadbalancer", "NodePort", "clusterIP"] {
		count(rule.deny) == 0 with input as t.inputs([b.ext_with(b.settings_with({"inferenceRouterServiceType": v}))])
	}
}

test_allow_training_only if {
	count(rule.deny) == 0 with input as t.inputs([b.ext_with({"enableTraining": "True"})])
}

test_unknown_value if {
	e := b.unknown_setting(b.ext_with(b.baseline), "configurationSettings", "inferenceRouterServiceType")
	rule.deny == {{
		"msg": "whether Azure ML extension azureml sets a valid inference router service type could not be determined: inferenceRouterServiceType is unresolved (properties.configurationSettings.inferenceRouterServiceType)",
		"resource": e.id,
		"attr": b.settings_path("inferenceRouterServiceType"),
		"level": "note",
		"undetermined": true,
	}} with input as t.inputs([e])
}

test_unknown_inference if {
	e := b.unknown_setting(b.ext_with({}), "configurationSettings", "enableInference")
	some d in rule.deny with input as t.inputs([e])
	d.attr == b.settings_path("enableInference")
}

test_applicable if {
	off := object.union(b.ext_with({"enableTraining": "True"}), {"id": "off"})
	rule.applicable == {b.content_ext.id} with input as t.inputs([b.content_ext, off])
}
