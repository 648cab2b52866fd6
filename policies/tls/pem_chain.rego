# METADATA
# title: Certificate and key are PEM and the certificate carries its chain
# description: >-
#   The Azure ML extension reads a PEM-encoded certificate file that
#   carries the full certificate chain, and a PEM-encoded private key.
#   DER certificates, PKCS#12 (PFX) bundles and OpenSSH keys are not
#   accepted, a key that does not belong to the certificate cannot serve
#   it, and a leaf certificate without its intermediates makes clients
#   that do not already know the issuing CA reject the endpoint.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-007
#   severity: error
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS/SSL 証明書を取得する (Get a TLS/SSL certificate)
#   remediation: >-
#     Convert the material to PEM (for example openssl x509 -inform der for a
#     DER certificate, openssl pkcs12 -nodes for a PFX bundle, ssh-keygen -p
#     -m PEM for an OpenSSH key), append the intermediate certificates after
#     the leaf in the certificate file, and pair the certificate with the
#     key it was issued for.
#   scope: >-
#     Certificates and keys the scan can read: scoringFe.sslCert and
#     scoringFe.sslKey (or the sslCertPemFile and sslKeyPemFile files) of
#     Azure ML extensions, cert.pem and key.pem of Secrets in namespace
#     azureml or named by an extension, and the certificate and key of
#     legacy AKS inference computes.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.pem_chain

import data.lib.extension as ext

applicable contains n.id if some n in ext.tls_nodes

formats := {
	"der": "it is DER-encoded",
	"pkcs12": "it is a PKCS#12 (PFX) bundle",
	"openssh": "it is in OpenSSH format",
	"empty": "it is empty",
}

# pem_keys are the PEM private key encodings (the encrypted ones are
# AZR-TLS-006's concern).
pem_keys := {"pkcs8", "pkcs1", "sec1", "encrypted-pkcs8", "legacy-encrypted"}

# what says what a non-PEM half is instead.
what(h) := object.get(formats, h.format, "its format is not recognised")

# errors lists material that is not PEM, and a key that does not match its
# certificate: {"msg", "half"}.
errors(n) := array.concat(
	array.concat(
		[{"msg": sprintf("the certificate in %s is not PEM: %s", [ext.material(n, c), what(c)]), "half": c} |
			c := ext.certificate(n)
			not c.error
			c.format != "pem"
		],
		[{"msg": sprintf("the private key in %s is not a PEM private key: %s", [ext.material(n, k), what(k)]), "half": k} |
			k := ext.private_key(n)
			not k.error
			not k.format in pem_keys
		],
	),
	[{"msg": sprintf("the private key in %s does not match the certificate's public key", [ext.material(n, k)]), "half": k} |
		k := ext.private_key(n)
		k.matches_certificate == false
	],
)

# warnings lists PEM certificates whose blocks do not parse, and leaf
# certificates sent without their chain.
warnings(n) := array.concat(
	[{"msg": sprintf("the certificate in %s has a CERTIFICATE block that does not parse (%s)", [ext.material(n, c), c.parse_error]), "half": c} |
		c := ext.certificate(n)
		c.pem == true
		c.parse_error
	],
	[{"msg": sprintf("the certificate in %s holds only the leaf certificate %s issued by %q, without the intermediate certificates", [ext.material(n, c), ext.certificate_name(leaf), leaf.issuer]), "half": c} |
		c := ext.certificate(n)
		c.pem == true
		count(ext.chain(c)) == 1
		leaf := ext.chain(c)[0]
		leaf.self_signed != true
		leaf.issuer != leaf.subject
	],
)

problems(n) := array.concat(
	[object.union(p, {"level": "error"}) | some p in errors(n)],
	[object.union(p, {"level": "warning"}) | some p in warnings(n)],
)

deny contains {
	"msg": concat("; ", [p.msg | some p in ps]),
	"resource": n.id,
	"attr": ps[0].half.attr,
	"level": ps[0].level,
	"sensitive": ext.sensitive(n, ps[0].half),
	"related": [{"resource": n.id, "attr": p.half.attr, "msg": p.msg} | some p in array.slice(ps, 1, count(ps))],
} if {
	some n in ext.tls_nodes
	ps := problems(n)
	count(ps) > 0
}

# unreadable lists the halves whose content could not be read.
unreadable(n) := [h |
	some h in [object.get(n.facts.tls, "cert", {}), object.get(n.facts.tls, "key", {})]
	h.error
]

deny contains {
	"msg": sprintf("whether the TLS material in %s is PEM could not be determined: it is unreadable (%s)", [ext.material(n, h), h.error]),
	"resource": n.id,
	"attr": h.attr,
	"level": "note",
	"undetermined": true,
} if {
	some n in ext.tls_nodes
	count(problems(n)) == 0
	h := unreadable(n)[0]
}
