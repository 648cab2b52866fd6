# METADATA
# title: HTTPS material is mandatory unless HTTP is explicitly chosen
# description: >-
#   The Azure ML extension terminates TLS for real-time inference unless
#   allowInsecureConnections is set to True, and that is its default. With
#   TLS termination on, the extension only deploys when it gets a
#   certificate and key: the name of a Kubernetes Secret (sslSecret) or the
#   certificate and key pair in protected settings. An inference-enabled
#   extension with neither fails to deploy.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-001
#   severity: error
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: Azure Machine Learning 拡張機能で TLS/SSL を構成する (Configure TLS/SSL in the Azure ML extension)
#   remediation: >-
#     Give the extension its TLS material: set sslSecret (and sslCname) in
#     configuration settings to a Secret in namespace azureml holding
#     cert.pem and key.pem, or put scoringFe.sslCert and scoringFe.sslKey
#     (base64 of the PEM files) in protected settings. Only for development
#     or test endpoints, set allowInsecureConnections to True instead.
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) with real-time
#     inference on: enableInference True, or absent while enableTraining is
#     not True.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.tls_material

import data.lib.extension as ext

applicable contains e.id if some e in ext.inference_extensions

# lacks holds when nothing the scan sees gives the extension TLS material
# while TLS termination is on.
lacks(e) if {
	not ext.is_insecure(e)
	not ext.insecure_unknown(e)
	not ext.tls_material(e)
	not ext.material_unknown(e)
}

deny contains {
	"msg": sprintf("%s enables inference with TLS termination on (allowInsecureConnections is not True) but names neither an sslSecret nor a certificate and key pair", [ext.label(e)]),
	"resource": e.id,
	"attr": ext.settings_path,
} if {
	some e in ext.inference_extensions
	ext.inference_enabled(e)
	lacks(e)
}

# unresolved names the setting whose unknown value keeps the rule from
# deciding.
unresolved(e) := k if {
	not ext.is_insecure(e)
	k := ext.material_unknown_key(e)
} else := "allowInsecureConnections" if {
	not ext.tls_material(e)
	ext.insecure_unknown(e)
} else := ext.inference_unknown_key(e) if lacks(e)

deny contains {
	"msg": sprintf("whether %s carries TLS material or allows HTTP could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(path)]),
	"resource": e.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some e in ext.inference_extensions
	k := unresolved(e)
	path := ext.unknown_path(e, k)
}
