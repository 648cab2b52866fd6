# Builders shared by the TLS rule tests: the catalog's baseline Azure ML
# extension (§6.2), and nodes carrying the certificate facts the PEM reader
# attaches (facts.tls), shaped like the parsers' output.
package tls.builders_test

import data.lib.testing as t

extension_type := "Microsoft.KubernetesConfiguration/extensions"

# extension builds an Azure ML extension with plain and protected settings.
extension(name, settings, protected) := t.azure("terraform", extension_type, name, {"properties": object.union(
	{"extensionType": "Microsoft.AzureML.Kubernetes", "configurationSettings": settings},
	protected_part(protected),
)})

protected_part(p) := {} if p == {}

else := {"configurationProtectedSettings": p}

# The catalog's baseline: inference over HTTPS with a Secret.
baseline := {
	"enableInference": "True",
	"inferenceRouterServiceType": "LoadBalancer",
	"allowInsecureConnections": "False",
	"sslSecret": "azureml-tls",
	"sslCname": "ml.contoso.com",
}

ext_with(settings) := extension("azureml", settings, {})

# settings_with and settings_without edit the baseline.
settings_with(extra) := object.union(baseline, extra)

settings_without(keys) := object.remove(baseline, keys)

settings_path(k) := ["properties", "configurationSettings", k]

protected_path(k) := ["properties", "configurationProtectedSettings", k]

# unknown marks setting paths of a node unknown (the value becomes null, as
# the Terraform parser writes it).
unknown_setting(n, section, k) := object.union(
	t.with_unknown(n, array.concat(n.unknown, [["properties", section, k]])),
	{"attrs": {"properties": object.union(n.attrs.properties, {section: object.union(object.get(n.attrs.properties, section, {}), {k: null})})}},
)

unknown_section(n, section) := object.union(
	t.with_unknown(n, array.concat(n.unknown, [["properties", section]])),
	{"attrs": {"properties": object.remove(n.attrs.properties, [section])}},
)

# A parsed certificate chain entry.
cert(cn, issuer_cn, opts) := object.union(
	{
		"subject": sprintf("CN=%s", [cn]),
		"issuer": sprintf("CN=%s", [issuer_cn]),
		"common_name": cn,
		"dns_names": [cn],
		"self_signed": cn == issuer_cn,
		"is_ca": false,
		"not_before": "2025-01-01T00:00:00Z",
		"not_after": "2099-01-01T00:00:00Z",
	},
	opts,
)

leaf := cert("ml.contoso.com", "Contoso Issuing CA", {})

intermediate := cert("Contoso Issuing CA", "Contoso Root CA", {"dns_names": [], "is_ca": true})

# cert_half and key_half build the two halves of facts.tls.
cert_half(attr, extra) := object.union(
	{"attr": attr, "source": "base64", "format": "pem", "pem": true, "chain": [leaf, intermediate]},
	extra,
)

key_half(attr, extra) := object.union(
	{"attr": attr, "source": "base64", "format": "pkcs8", "pem": true, "encrypted": false, "matches_certificate": true},
	extra,
)

with_tls(n, cert_extra, key_extra) := object.union(n, {"facts": object.union(n.facts, {"tls": {
	"cert": cert_half(cert_attr(n), cert_extra),
	"key": key_half(key_attr(n), key_extra),
}})})

cert_attr(n) := ["data", "cert.pem"] if n.format == "kubernetes"

else := ["properties", "properties", "sslConfiguration", "cert"] if n.type == "Microsoft.MachineLearningServices/workspaces/computes"

else := protected_path("scoringFe.sslCert")

key_attr(n) := ["data", "key.pem"] if n.format == "kubernetes"

else := ["properties", "properties", "sslConfiguration", "key"] if n.type == "Microsoft.MachineLearningServices/workspaces/computes"

else := protected_path("scoringFe.sslKey")

# An extension with its certificate and key in protected settings.
content_ext := extension(
	"azureml",
	settings_without(["sslSecret"]),
	{"scoringFe.sslCert": "LS0t", "scoringFe.sslKey": "LS0t"},
)

# The Secret the baseline names, and the link to it.
secret := t.secret("azureml", "azureml-tls", {"cert.pem": true, "key.pem": true}, "Opaque")

l11(e, s) := {
	"from": e.id, "to": s.id, "kind": "L11", "heuristic": false,
	"attr": settings_path("sslSecret"), "target": [],
}

# A legacy AKS inference compute with inline TLS.
compute := t.azure("terraform", "Microsoft.MachineLearningServices/workspaces/computes", "aks-inference", {"properties": {
	"computeType": "AKS",
	"properties": {"sslConfiguration": {"status": "Enabled", "cert": "-----BEGIN", "key": "-----BEGIN", "cname": "ml.contoso.com"}},
}})
