# METADATA
# title: Self-signed certificates are not for production
# description: >-
#   A self-signed certificate is only trusted by clients that were told to
#   trust it, so production clients fail the TLS handshake or are pushed to
#   switch verification off. Self-signed certificates are meant for
#   development; production endpoints need a certificate issued by a
#   certificate authority.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-009
#   severity: warning
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS/SSL 証明書を取得する (Get a TLS/SSL certificate, warning on self-signed certificates)
#   remediation: >-
#     Use a certificate issued by a public or enterprise certificate
#     authority for the endpoint's name, with its intermediate certificates.
#     Mark development scans with environment dev in the scan profile.
#   scope: >-
#     Certificates the scan can read for Azure ML extensions (settings,
#     files, or Secrets in namespace azureml) and legacy AKS inference
#     computes; a note when the scan profile's environment is dev.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.self_signed

import data.lib.extension as ext

applicable contains n.id if {
	some n in ext.tls_nodes
	ext.certificate(n)
}

level := "note" if input.context.environment == "dev"

else := "warning"

deny contains {
	"msg": sprintf("certificate %s in %s is self-signed", [ext.certificate_name(leaf), ext.material(n, c)]),
	"resource": n.id,
	"attr": c.attr,
	"level": level,
} if {
	some n in ext.tls_nodes
	c := ext.certificate(n)
	leaf := ext.leaf(c)
	leaf.self_signed == true
}

deny contains {
	"msg": sprintf("whether the certificate in %s is self-signed could not be determined: %s", [ext.material(n, c), ext.unreadable(c)]),
	"resource": n.id,
	"attr": c.attr,
	"level": "note",
	"undetermined": true,
} if {
	some n in ext.tls_nodes
	c := ext.certificate(n)
	ext.unreadable(c)
}
