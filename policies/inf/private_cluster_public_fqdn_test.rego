package inf.private_cluster_public_fqdn_test

import data.inf.builders_test as b
import data.inf.private_cluster_public_fqdn as rule
import data.lib.testing as t

api(profile) := b.with_attrs(b.cluster, {"properties": object.union(b.cluster.attrs.properties, {"apiServerAccessProfile": profile})})

fqdn := ["properties", "apiServerAccessProfile", "enablePrivateClusterPublicFQDN"]

test_deny_private_with_public_fqdn if {
	c := api({"enablePrivateCluster": true, "enablePrivateClusterPublicFQDN": true})
	rule.deny == {{
		"msg": "AKS cluster aks-ml is private and also publishes a public FQDN for its API server, which Azure Machine Learning does not support",
		"resource": c.id,
		"attr": fqdn,
		"related": [{
			"resource": b.compute.id,
			"attr": ["properties", "resourceId"],
			"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
		}],
	}} with input as b.input_with([c], [], {})
}

test_deny_extension_cluster if {
	c := api({"enablePrivateCluster": true, "enablePrivateClusterPublicFQDN": true})
	ext := b.node("Microsoft.KubernetesConfiguration/extensions", "azureml", {"properties": {"extensionType": "microsoft.azureml.kubernetes"}})
	inp := t.input_of([c, ext], [b.edge(ext, c, "L10", ["scope"])], {})
	some d in rule.deny with input as inp
	d.resource == c.id
	d.related == [{"resource": ext.id, "attr": ["scope"], "msg": "Azure ML extension azureml"}]
}

test_allow_private_without_public_fqdn if {
	c := api({"enablePrivateCluster": true, "enablePrivateClusterPublicFQDN": false})
	count(rule.deny) == 0 with input as b.input_with([c], [], {})
}

test_allow_private_fqdn_absent if {
	c := api({"enablePrivateCluster": true})
	count(rule.deny) == 0 with input as b.input_with([c], [], {})
}

test_allow_public_cluster if {
	c := api({"enablePrivateCluster": false, "enablePrivateClusterPublicFQDN": true})
	count(rule.deny) == 0 with input as b.input_with([c], [], {})
}

test_allow_cluster_without_azure_ml if {
	c := api({"enablePrivateCluster": true, "enablePrivateClusterPublicFQDN": true})
	count(rule.deny) == 0 with input as t.inputs([c])
}

test_unknown_public_fqdn if {
	c := b.with_unknown(api({"enablePrivateCluster": true}), [b.pool_subnet, fqdn])
	rule.deny == {{
		"msg": "Whether AKS cluster aks-ml, used by Azure ML, is private with a public FQDN could not be determined: enablePrivateClusterPublicFQDN is unresolved (properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN)",
		"resource": c.id,
		"attr": fqdn,
		"level": "note",
		"undetermined": true,
		"related": [{
			"resource": b.compute.id,
			"attr": ["properties", "resourceId"],
			"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
		}],
	}} with input as b.input_with([c], [], {})
}

test_unknown_private_but_fqdn_off if {
	private := ["properties", "apiServerAccessProfile", "enablePrivateCluster"]
	c := b.with_unknown(api({"enablePrivateClusterPublicFQDN": false}), [b.pool_subnet, private])
	count(rule.deny) == 0 with input as b.input_with([c], [], {})
}

test_applicable if {
	rule.applicable == {b.cluster.id} with input as b.input_with([], [], {})
}
