# METADATA
# title: Disabling TLS removes the TLS settings
# description: >-
#   The documented way to turn TLS off is to set allowInsecureConnections
#   to True and to remove sslCname together with the Secret or certificate
#   settings. An extension that allows HTTP but keeps those settings is
#   contradictory: it is unclear which mode was meant, and certificate
#   material stays deployed for nothing.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-011
#   severity: warning
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS を無効にする (Disable TLS, steps 1 and 2)
#   remediation: >-
#     Either keep TLS (remove allowInsecureConnections or set it to False),
#     or remove sslCname, sslSecret, scoringFe.sslSecret, sslCertPemFile,
#     sslKeyPemFile, scoringFe.sslCert and scoringFe.sslKey from the
#     extension's settings.
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) that set
#     allowInsecureConnections to True.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.disable_tls

import data.lib.azure
import data.lib.extension as ext

tls_keys := [
	"sslCname", "sslSecret", "scoringFe.sslSecret", "sslCertPemFile",
	"sslKeyPemFile", "scoringFe.sslCert", "scoringFe.sslKey",
]

applicable contains e.id if {
	some e in azure.ml_extensions
	ext.is_insecure(e)
}

applicable contains e.id if {
	some e in azure.ml_extensions
	ext.insecure_unknown(e)
}

# leftovers lists the TLS settings an extension still writes.
leftovers(e) := [ext.setting(e, k) | some k in tls_keys; ext.given(e, k)]

deny contains {
	"msg": sprintf("%s allows HTTP (allowInsecureConnections %v) but still sets %s", [ext.label(e), insecure.value, concat(", ", [x.key | some x in left])]),
	"resource": e.id,
	"attr": left[0].path,
	"related": [{"resource": e.id, "attr": insecure.path, "msg": "allowInsecureConnections"}],
} if {
	some e in azure.ml_extensions
	ext.is_insecure(e)
	insecure := ext.setting(e, "allowInsecureConnections")
	left := leftovers(e)
	count(left) > 0
}

# unresolved names the setting whose unknown value keeps the rule from
# deciding.
unresolved(e) := "allowInsecureConnections" if {
	ext.insecure_unknown(e)
	count(leftovers(e)) > 0
} else := k if {
	ext.is_insecure(e)
	count(leftovers(e)) == 0
	k := [key | some key in tls_keys; ext.unknown(e, key)][0]
}

deny contains {
	"msg": sprintf("whether %s turns TLS off cleanly could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(path)]),
	"resource": e.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some e in azure.ml_extensions
	k := unresolved(e)
	path := ext.unknown_path(e, k)
}
