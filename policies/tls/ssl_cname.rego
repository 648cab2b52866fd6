# METADATA
# title: sslCname is set with TLS and the certificate covers it
# description: >-
#   Clients check that the certificate names the host they connect to.
#   With TLS on, the Azure ML extension needs sslCname, the fully qualified
#   name the HTTPS endpoint serves (the extension settings reference and
#   the Azure CLI require it), and the certificate must be issued for that
#   name: a subject alternative DNS name or, failing that, the common name
#   must match it, a wildcard covering one label.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
#   - ref: https://learn.microsoft.com/azure/machine-learning/reference-kubernetes
#     description: Azure ML extension configuration settings (supplementary)
# custom:
#   id: AZR-TLS-008
#   severity: error
#   provenance: seed+supplementary
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: TLS/SSL 証明書を取得する (Get a TLS/SSL certificate); sslSecret の構成 (Configure sslSecret)
#   remediation: >-
#     Set sslCname in configuration settings to the name clients use for
#     the endpoint, and use a certificate whose subject alternative names
#     include that name (or a wildcard for its parent domain).
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) with real-time
#     inference and TLS material, and the certificates the scan can read for
#     them or for legacy AKS inference computes (sslConfiguration.cname).
#   formats: [terraform, arm, bicep, kubernetes]
package tls.ssl_cname

import data.lib.azure
import data.lib.core
import data.lib.extension as ext

applicable contains e.id if some e in ext.inference_extensions

applicable contains c.id if {
	some c in ext.tls_nodes
	core.is_type(c, azure.compute_type)
	ext.certificate(c)
}

# needs_cname holds when TLS is on and has material: the extension serves
# HTTPS and needs the host name.
needs_cname(e) if {
	ext.tls_material(e)
	not ext.is_insecure(e)
}

deny contains {
	"msg": sprintf("%s carries TLS material but %s", [ext.label(e), missing(e)]),
	"resource": e.id,
	"attr": cname_path(e),
} if {
	some e in ext.inference_extensions
	ext.inference_enabled(e)
	needs_cname(e)
	not ext.insecure_unknown(e)
	not cname_given(e)
	not ext.unknown(e, "sslCname")
}

cname_given(e) if ext.given(e, "sslCname")

missing(e) := "sets sslCname to an empty string" if ext.setting(e, "sslCname")

else := "does not set sslCname"

cname_path(e) := p if {
	p := ext.setting(e, "sslCname").path
} else := ext.settings_path

# unresolved names the setting whose unknown value keeps the rule from
# deciding whether sslCname is missing.
unresolved(e) := "sslCname" if {
	ext.unknown(e, "sslCname")
	not ext.is_insecure(e)
	possibly_material(e)
} else := "allowInsecureConnections" if {
	ext.insecure_unknown(e)
	ext.tls_material(e)
	not cname_given(e)
} else := ext.material_unknown_key(e) if {
	not ext.is_insecure(e)
	not cname_given(e)
} else := ext.inference_unknown_key(e) if {
	needs_cname(e)
	not cname_given(e)
}

possibly_material(e) if ext.tls_material(e)

possibly_material(e) if ext.material_unknown(e)

deny contains {
	"msg": sprintf("whether %s sets the sslCname its TLS needs could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(path)]),
	"resource": e.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some e in ext.inference_extensions
	k := unresolved(e)
	path := ext.unknown_path(e, k)
}

# cnames lists the host names a node's certificate must cover, each with
# the resource that names it: {"node", "path", "value"}.
cnames(n) := [{"node": n, "path": x.path, "value": x.value} |
	x := ext.setting(n, "sslCname")
	x.known
	ext.inference_enabled(n)
	not ext.is_insecure(n)
] if core.is_type(n, azure.extension_type)

else := [{"node": e, "path": x.path, "value": x.value} |
	some e in core.into(n, "L11")
	core.is_type(e, azure.extension_type)
	x := ext.setting(e, "sslCname")
	x.known
	ext.inference_enabled(e)
	not ext.is_insecure(e)
] if {
	n.attrs.kind == "Secret"
}

else := [{"node": n, "path": p, "value": v} |
	p := ["properties", "properties", "sslConfiguration", "cname"]
	v := core.value(n, p)
]

# covers holds when a certificate name matches a host name; a wildcard
# matches exactly one label.
covers(name, host) if lower(name) == lower(host)

covers(name, host) if {
	startswith(name, "*.")
	suffix := lower(substring(name, 1, -1))
	h := lower(host)
	endswith(h, suffix)
	label := trim_suffix(h, suffix)
	label != ""
	not contains(label, ".")
}

names(c) := {x | some x in array.concat(object.get(c, "dns_names", []), [c.common_name]); x != ""}

deny contains {
	"msg": sprintf("certificate %s in %s does not cover %q, the sslCname of %s (names: %s)", [ext.certificate_name(leaf), ext.material(n, c), host.value, ext.label(host.node), concat(", ", sort(names(leaf)))]),
	"resource": n.id,
	"attr": c.attr,
	"level": "warning",
	"applies_to": host.node.id,
	"related": [{"resource": host.node.id, "attr": host.path, "msg": sprintf("sslCname of %s", [ext.label(host.node)])}],
} if {
	some n in ext.tls_nodes
	c := ext.certificate(n)
	leaf := ext.leaf(c)
	some host in cnames(n)
	is_string(host.value)
	host.value != ""
	not any_covers(leaf, host.value)
}

any_covers(leaf, host) if {
	some name in names(leaf)
	covers(name, host)
}

deny contains {
	"msg": sprintf("whether the certificate in %s covers %q, the sslCname of %s, could not be determined: %s", [ext.material(n, c), host.value, ext.label(host.node), ext.unreadable(c)]),
	"resource": n.id,
	"attr": c.attr,
	"level": "note",
	"undetermined": true,
	"applies_to": host.node.id,
} if {
	some n in ext.tls_nodes
	c := ext.certificate(n)
	ext.unreadable(c)
	some host in cnames(n)
	is_string(host.value)
	host.value != ""
}
