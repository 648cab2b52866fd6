# METADATA
# title: Certificate and key settings are protected and come as a pair
# description: >-
#   The certificate and key the Azure ML extension serves belong in
#   protected settings, which Azure stores encrypted and never returns;
#   plain settings can be read back by anyone who can read the extension.
#   Only the pair enables HTTPS, so one half alone is a broken
#   configuration. sslCertPemFile and sslKeyPemFile hold file paths that
#   only the Azure CLI reads and turns into the base64 content of
#   scoringFe.sslCert and scoringFe.sslKey; whether a Terraform, Bicep or
#   ARM deployment of the CLI-level keys works is not documented.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-004
#   severity: error
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: sslCertPemFile と sslKeyPemFile を構成する (Configure sslCertPemFile and sslKeyPemFile, Note)
#   remediation: >-
#     Move the certificate and key settings to configuration protected
#     settings and give both halves. In Terraform, Bicep or ARM prefer
#     scoringFe.sslCert and scoringFe.sslKey with the base64 of the PEM
#     files (filebase64() in Terraform, loadFileAsBase64() in Bicep) over
#     sslCertPemFile and sslKeyPemFile paths.
#   scope: Azure ML extensions (Microsoft.AzureML.Kubernetes).
#   formats: [terraform, arm, bicep, kubernetes]
package tls.protected_pem

import data.lib.azure
import data.lib.core
import data.lib.extension as ext

applicable contains e.id if some e in azure.ml_extensions

# wire_key maps the CLI-level file keys to the keys the CLI writes.
wire_key := {"sslCertPemFile": "scoringFe.sslCert", "sslKeyPemFile": "scoringFe.sslKey"}

# errors lists certificate or key material written in plain settings, and
# one half of a pair given without the other.
errors(e) := array.concat(
	[{"msg": sprintf("%s is in plain configuration settings, not protected ones", [k]), "path": x.path} |
		some k in sort(ext.file_keys)
		some x in ext.lookup(e, k)
		x.section == "settings"
	],
	[{"msg": sprintf("%s is given without %s", [pair[i], pair[1 - i]]), "path": ext.setting(e, pair[i]).path} |
		some pair in ext.pairs
		some i in [0, 1]
		ext.given(e, pair[i])
		ext.absent(e, pair[1 - i])
	],
)

# warnings lists file paths that only the Azure CLI dereferences (U3).
warnings(e) := [{"msg": sprintf("%s holds the file path %q, which only the Azure CLI reads; give %s with the base64 PEM content instead", [k, x.value, wire]), "path": x.path} |
	ext.cli_tls_keys
	some k, wire in wire_key
	x := ext.setting(e, k)
	x.known
	is_string(x.value)
	x.value != ""
]

# problems lists an extension's problems, errors first, each with its level.
problems(e) := array.concat(
	[object.union(p, {"level": "error"}) | some p in errors(e)],
	[object.union(p, {"level": "warning"}) | some p in warnings(e)],
)

deny contains {
	"msg": sprintf("%s: %s", [ext.label(e), concat("; ", [p.msg | some p in ps])]),
	"resource": e.id,
	"attr": ps[0].path,
	"level": ps[0].level,
	"sensitive": key_value(ps[0].path),
	"related": [{"resource": e.id, "attr": p.path, "msg": p.msg} | some p in array.slice(ps, 1, count(ps))],
} if {
	some e in azure.ml_extensions
	ps := problems(e)
	count(ps) > 0
}

# key_value says whether a path holds private key content, which text
# output must not quote.
key_value(path) := lower(path[count(path) - 1]) == "scoringfe.sslkey"

# unresolved names what keeps the rule from deciding: the plain settings
# are unknown as a whole while the extension has certificate or key
# settings that may sit there too.
unresolved(e) := {"what": "the plain configuration settings", "path": ext.settings_path} if {
	core.unknown(e, ext.settings_path)
	count(ext.file_form(e)) > 0
}

deny contains {
	"msg": sprintf("whether %s keeps its certificate and key protected and paired could not be determined: %s are unresolved (%s)", [ext.label(e), u.what, ext.dotted(u.path)]),
	"resource": e.id,
	"attr": u.path,
	"level": "note",
	"undetermined": true,
} if {
	some e in azure.ml_extensions
	count(problems(e)) == 0
	u := unresolved(e)
}
