# METADATA
# title: Certificate is not expired or about to expire
# description: >-
#   Certificates expire, typically after a year, and clients reject an
#   endpoint whose certificate, or any certificate of its chain, is out of
#   date. A certificate kept with the configuration can be checked before
#   it is deployed: it should stay valid beyond the renewal window.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-010
#   severity: warning
#   provenance: seed+derived
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS/SSL 証明書を更新する (Renew the TLS/SSL certificate)
#   remediation: >-
#     Renew the certificate with its certificate authority, update the
#     Secret or the certificate settings with the new chain, and then update
#     the extension. The warning window is cert_expiry_days of the scan
#     profile.
#   scope: >-
#     Certificates the scan can read for Azure ML extensions (settings,
#     files, or Secrets in namespace azureml) and legacy AKS inference
#     computes.
#   formats: [terraform, arm, bicep, kubernetes]
package tls.cert_expiry

import data.lib.extension as ext

applicable contains n.id if {
	some n in ext.tls_nodes
	ext.certificate(n)
}

day_ns := ((24 * 60) * 60) * 1000000000

now_ns := time.parse_rfc3339_ns(input.context.now)

window_days := object.get(input.context, "cert_expiry_days", 30)

horizon_ns := now_ns + (window_days * day_ns)

# soonest returns the certificate of a chain that expires first.
soonest(chain) := [c |
	ends := [time.parse_rfc3339_ns(x.not_after) | some x in chain]
	some i, c in chain
	ends[i] == min(ends)
][0]

state(end) := "expired" if end < now_ns

else := "expiring" if end < horizon_ns

deny contains {
	"msg": message(n, c, first),
	"resource": n.id,
	"attr": c.attr,
} if {
	some n in ext.tls_nodes
	c := ext.certificate(n)
	chain := ext.chain(c)
	count(chain) > 0
	first := soonest(chain)
	state(time.parse_rfc3339_ns(first.not_after))
}

message(n, c, first) := sprintf("certificate %s in %s expired on %s", [ext.certificate_name(first), ext.material(n, c), first.not_after]) if {
	state(time.parse_rfc3339_ns(first.not_after)) == "expired"
} else := sprintf("certificate %s in %s expires on %s, within %d days", [ext.certificate_name(first), ext.material(n, c), first.not_after, window_days])

deny contains {
	"msg": sprintf("whether the certificate in %s is valid long enough could not be determined: %s", [ext.material(n, c), ext.unreadable(c)]),
	"resource": n.id,
	"attr": c.attr,
	"level": "note",
	"undetermined": true,
} if {
	some n in ext.tls_nodes
	c := ext.certificate(n)
	ext.unreadable(c)
}
