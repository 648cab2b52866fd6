# METADATA
# title: HTTP-only inference endpoints are for development and test only
# description: >-
#   Setting allowInsecureConnections to True turns the Azure ML extension's
#   TLS termination off and serves inference over plain HTTP. That mode is
#   supported, but it is meant for development and test: requests and
#   scoring data cross the network unencrypted, and clients cannot verify
#   the server they talk to.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-002
#   severity: warning
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS を無効にする (Disable TLS, closing warning)
#   remediation: >-
#     For production endpoints remove allowInsecureConnections (or set it to
#     False) and configure TLS with sslSecret and sslCname, or with
#     scoringFe.sslCert and scoringFe.sslKey in protected settings. Mark
#     development scans with environment dev in the scan profile.
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) with real-time
#     inference on; the finding is a note when the scan profile's
#     environment is dev.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.insecure_http

import data.lib.extension as ext

applicable contains e.id if some e in ext.inference_extensions

level := "note" if input.context.environment == "dev"

else := "warning"

deny contains {
	"msg": sprintf("%s sets allowInsecureConnections to %v: inference is served over HTTP without TLS", [ext.label(e), x.value]),
	"resource": e.id,
	"attr": x.path,
	"level": level,
} if {
	some e in ext.inference_extensions
	ext.inference_enabled(e)
	ext.is_insecure(e)
	x := ext.setting(e, "allowInsecureConnections")
}

deny contains {
	"msg": sprintf("whether %s serves inference over HTTP could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(path)]),
	"resource": e.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some e in ext.inference_extensions
	k := unresolved(e)
	path := ext.unknown_path(e, k)
}

unresolved(e) := "allowInsecureConnections" if ext.insecure_unknown(e)

else := ext.inference_unknown_key(e) if ext.is_insecure(e)
