# METADATA
# title: Secret-based and file-based TLS configuration are mutually exclusive
# description: >-
#   The Azure ML extension takes its certificate and key either from a
#   Kubernetes Secret named by sslSecret or from the certificate and key
#   given in protected settings (sslCertPemFile and sslKeyPemFile, which
#   the Azure CLI turns into scoringFe.sslCert and scoringFe.sslKey). The
#   two forms are not configured together; an extension with both leaves
#   it unclear which certificate the endpoint serves.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-003
#   severity: error
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: sslCertPemFile と sslKeyPemFile を構成する (Configure sslCertPemFile and sslKeyPemFile, Note)
#   remediation: >-
#     Keep one form: either sslSecret (with the Secret in namespace azureml)
#     or the certificate and key pair in protected settings, and remove the
#     other form's settings.
#   scope: Azure ML extensions (Microsoft.AzureML.Kubernetes).
#   formats: [terraform, arm, bicep, kubernetes]
package tls.exclusive_forms

import data.lib.azure
import data.lib.extension as ext

applicable contains e.id if some e in azure.ml_extensions

keys(entries) := concat(", ", [x.key | some x in entries])

deny contains {
	"msg": sprintf("%s configures both the Secret form (%s) and the certificate/key form (%s) of TLS", [ext.label(e), keys(secret), keys(files)]),
	"resource": e.id,
	"attr": files[0].path,
	"related": [{"resource": e.id, "attr": x.path, "msg": sprintf("Secret form: %s", [x.key])} | some x in secret],
} if {
	some e in azure.ml_extensions
	secret := ext.secret_form(e)
	files := ext.file_form(e)
	count(secret) > 0
	count(files) > 0
}

# unresolved names a setting whose unknown value may add the second form.
unresolved(e) := k if {
	count(ext.secret_form(e)) > 0
	count(ext.file_form(e)) == 0
	k := [key | some key in sort(ext.file_keys); ext.unknown(e, key)][0]
} else := k if {
	count(ext.file_form(e)) > 0
	count(ext.secret_form(e)) == 0
	k := [key | some key in sort(ext.secret_keys); ext.unknown(e, key)][0]
}

deny contains {
	"msg": sprintf("whether %s configures both TLS forms could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(path)]),
	"resource": e.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some e in azure.ml_extensions
	k := unresolved(e)
	path := ext.unknown_path(e, k)
}
