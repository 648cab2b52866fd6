# METADATA
# title: The private key is not passphrase-protected
# description: >-
#   The Azure ML extension cannot use a PEM private key protected by a
#   passphrase: it has no setting for the passphrase, so TLS termination
#   fails. Keys exported as encrypted PKCS#8 (BEGIN ENCRYPTED PRIVATE KEY)
#   or with the legacy OpenSSL encryption header (Proc-Type 4,ENCRYPTED)
#   must be decrypted before they are given to the extension.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-006
#   severity: error
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS/SSL 証明書を取得する (Get a TLS/SSL certificate, Note)
#   remediation: >-
#     Remove the passphrase from the key (for example openssl pkey -in
#     key.pem -out key-plain.pem) and give the unencrypted PEM key to the
#     extension; protect it with Kubernetes Secret access control or
#     protected settings instead.
#   scope: >-
#     Private keys the scan can read: scoringFe.sslKey and sslKeyPemFile of
#     Azure ML extensions, key.pem of Secrets in namespace azureml or named
#     by an extension, and the key of legacy AKS inference computes.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.key_passphrase

import data.lib.extension as ext

applicable contains n.id if {
	some n in ext.tls_nodes
	ext.private_key(n)
}

kind := {
	"encrypted-pkcs8": "encrypted PKCS#8",
	"legacy-encrypted": "legacy OpenSSL encryption, Proc-Type 4,ENCRYPTED",
	"openssh": "an encrypted OpenSSH key",
}

deny contains {
	"msg": sprintf("the private key in %s is passphrase-protected (%s)", [ext.material(n, k), object.get(kind, k.format, k.format)]),
	"resource": n.id,
	"attr": k.attr,
	"sensitive": ext.sensitive(n, k),
} if {
	some n in ext.tls_nodes
	k := ext.private_key(n)
	k.encrypted == true
}

deny contains {
	"msg": sprintf("whether the private key in %s is passphrase-protected could not be determined: it is unreadable (%s)", [ext.material(n, k), k.error]),
	"resource": n.id,
	"attr": k.attr,
	"level": "note",
	"undetermined": true,
} if {
	some n in ext.tls_nodes
	k := ext.private_key(n)
	k.error
}
