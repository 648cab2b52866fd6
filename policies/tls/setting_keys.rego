# METADATA
# title: Misspelled or mis-cased extension setting keys
# description: >-
#   The Azure ML extension looks its settings up by exact key, so a key
#   written in another case or with a typo is silently ignored: HTTP is not
#   allowed although the key says so, or the certificate is not picked up.
#   The documentation itself carries such typos (slKeyPemFile,
#   allowInsercureconnection). Keys are compared case-sensitively unless
#   the scan profile says otherwise, since the documentation does not
#   state it.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
#   - ref: https://learn.microsoft.com/azure/machine-learning/reference-kubernetes
#     description: Azure ML extension configuration settings (supplementary)
# custom:
#   id: AZR-TLS-012
#   severity: warning
#   provenance: seed+derived
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: Azure Machine Learning 拡張機能で TLS/SSL を構成する (Configure TLS/SSL in the Azure ML extension); TLS を無効にする (Disable TLS)
#   remediation: >-
#     Spell the key exactly as documented, for example
#     allowInsecureConnections, sslCertPemFile, sslKeyPemFile or
#     scoringFe.sslCert.
#   scope: Azure ML extensions (Microsoft.AzureML.Kubernetes), plain and protected settings.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.setting_keys

import data.lib.azure
import data.lib.core
import data.lib.extension as ext

# The documented keys (catalog §2.2 and the extension settings reference).
known_keys := {
	"enableTraining", "enableInference", "allowInsecureConnections",
	"inferenceRouterServiceType", "inferenceRouterHA", "internalLoadBalancerProvider",
	"sslSecret", "sslCname", "sslCertPemFile", "sslKeyPemFile",
	"scoringFe.sslSecret", "scoringFe.sslCert", "scoringFe.sslKey",
	"installNvidiaDevicePlugin", "installPromOp", "installVolcano", "installDcgmExporter",
	"clusterPurpose", "clusterId", "cluster_name", "cluster_name_friendly",
	"domain", "location", "jobSchedulerLocation", "logAnalyticsWS",
}

# Documented key families.
known_prefixes := {
	"nodeSelector.", "relayserver.", "servicebus.", "nginxIngress.",
	"prometheus.", "scoringFe.", "azure_log_analytics.",
}

# The keys that decide HTTP or HTTPS: typos of these are looked for.
tls_keys := {
	"allowInsecureConnections", "enableInference", "inferenceRouterServiceType",
	"sslSecret", "sslCname", "sslCertPemFile", "sslKeyPemFile",
	"scoringFe.sslSecret", "scoringFe.sslCert", "scoringFe.sslKey",
}

applicable contains e.id if some e in azure.ml_extensions

# suspect returns what is wrong with a written key, if anything.
suspect(k) := sprintf("%s is written in another case than %s", [k, right]) if {
	ext.case_sensitive
	not k in known_keys
	some right in known_keys
	lower(k) == lower(right)
} else := sprintf("%s starts in another case than the %s* keys", [k, prefix]) if {
	ext.case_sensitive
	not k in known_keys
	not known_family(k)
	some prefix in known_prefixes
	startswith(lower(k), lower(prefix))
} else := sprintf("%s is not a documented key; did you mean %s?", [k, right]) if {
	not known_folded(k)
	right := [r | some r in sort(tls_keys); near(lower(k), lower(r))][0]
}

known_family(k) if {
	some prefix in known_prefixes
	startswith(k, prefix)
}

known_folded(k) if {
	some right in known_keys
	lower(k) == lower(right)
}

# suspects lists an extension's suspicious keys with their paths, in
# section then key order.
suspects(e) := [{"msg": suspect(k), "path": array.concat(ext.section_paths[name], [k])} |
	some name in ["settings", "protected"]
	some k in sort(ext.written(e, name))
	suspect(k)
]

deny contains {
	"msg": sprintf("%s: %s; the extension ignores keys it does not know", [ext.label(e), concat("; ", [s.msg | some s in ss])]),
	"resource": e.id,
	"attr": ss[0].path,
	"related": [{"resource": e.id, "attr": s.path, "msg": s.msg} | some s in array.slice(ss, 1, count(ss))],
} if {
	some e in azure.ml_extensions
	ss := suspects(e)
	count(ss) > 0
}

deny contains {
	"msg": sprintf("whether %s spells its setting keys correctly could not be determined: the %s are unresolved (%s)", [ext.label(e), what[name], ext.dotted(ext.section_paths[name])]),
	"resource": e.id,
	"attr": ext.section_paths[name],
	"level": "note",
	"undetermined": true,
} if {
	some e in azure.ml_extensions
	count(suspects(e)) == 0
	name := [s | some s in ["settings", "protected"]; core.unknown(e, ext.section_paths[s])][0]
}

what := {"settings": "configuration settings", "protected": "protected configuration settings"}

# near holds when the Levenshtein distance between two strings is at most
# 2. Rego has no loops or recursion, so instead of filling the distance
# table the test follows the edits: a common prefix and suffix never need
# an edit, and once they are stripped the first characters differ, so the
# first edit is a substitution, a deletion or an insertion there.
near(a, b) if within1(a, b)

near(a, b) if {
	not within1(a, b)
	s := strip(a, b)
	some rest in [
		[substring(s[0], 1, -1), substring(s[1], 1, -1)],
		[substring(s[0], 1, -1), s[1]],
		[s[0], substring(s[1], 1, -1)],
	]
	within1(rest[0], rest[1])
}

# within1 holds when the distance is at most 1: after stripping the common
# prefix and suffix, at most one character is left on each side.
within1(a, b) if {
	s := strip(a, b)
	count(s[0]) <= 1
	count(s[1]) <= 1
}

# strip removes the longest common prefix, then the longest common suffix
# of what is left.
strip(a, b) := [substring(a2, 0, count(a2) - q), substring(b2, 0, count(b2) - q)] if {
	p := common(a, b, false)
	a2 := substring(a, p, -1)
	b2 := substring(b, p, -1)
	q := common(a2, b2, true)
}

# common returns the length of the common prefix (or suffix) of a and b.
common(a, b, suffix) := count([i |
	m := min([count(a), count(b)])
	some i in numbers.range(1, m)
	i >= 1
	i <= m
	part(a, i, suffix) == part(b, i, suffix)
])

part(s, n, false) := substring(s, 0, n)

part(s, n, true) := substring(s, count(s) - n, n)
