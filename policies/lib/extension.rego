# METADATA
# description: >-
#   Settings of the Azure ML extension (Microsoft.AzureML.Kubernetes) read
#   the way the catalog reads them (§1, §2.2 and the TLS common facts), and
#   the certificate and key facts the PEM reader attaches for the TLS rules.
package lib.extension

import data.lib.azure
import data.lib.core
import data.lib.kubernetes as k8s

settings_path := ["properties", "configurationSettings"]

protected_path := ["properties", "configurationProtectedSettings"]

section_paths := {"settings": settings_path, "protected": protected_path}

# The keys that belong in protected settings (§2.2); every other key
# belongs in plain settings.
protected_keys := {"sslCertPemFile", "sslKeyPemFile", "scoringFe.sslCert", "scoringFe.sslKey"}

# unverified reads a switch of the catalog's unverified items (§7); each
# defaults to the catalog's advice, true.
unverified(name) := object.get(input.context, ["unverified", name], true)

# cli_tls_keys: U3, the CLI-level spellings sslSecret, sslCertPemFile and
# sslKeyPemFile count as TLS settings beside the scoringFe.* ones.
cli_tls_keys := unverified("cli_tls_keys")

# case_sensitive: U4, a key written in another case is a different key.
case_sensitive := unverified("setting_keys_case_sensitive")

# settings and protected return an extension's plain and protected
# settings as written ({} when absent or not a map). A key whose value is
# unknown is present with the value null.
settings(e) := section(e, "settings")

protected(e) := section(e, "protected")

section(e, name) := m if {
	m := object.get(e.attrs, section_paths[name], {})
	is_object(m)
} else := {}

# home returns the section a key belongs in.
home(key) := "protected" if key in protected_keys

else := "settings"

# written lists the keys a section writes: a value, or an unknown one.
written(e, name) := {k |
	some k, v in section(e, name)
	kept(e, name, k, v)
}

kept(_, _, _, v) if v != null

kept(e, name, k, null) if core.unknown(e, array.concat(section_paths[name], [k]))

# entry describes one key as written: the key, its section, its path, and
# its value when known.
entry(e, name, k) := {
	"key": k,
	"section": name,
	"path": p,
	"known": is_known(e, p),
	"value": object.get(e.attrs, p, null),
} if {
	p := array.concat(section_paths[name], [k])
}

is_known(e, p) if core.known(e, p)

else := false

# order lists the sections to look a key up in, its own first: a key in the
# other section still reaches the extension's values, only less safely.
order(key) := ["protected", "settings"] if home(key) == "protected"

else := ["settings", "protected"]

# lookup lists the entries of a key: the exact spelling first, then (when
# setting keys are case-insensitive, U4 off) other spellings of it.
lookup(e, key) := array.concat(
	[entry(e, name, key) | some name in order(key); key in written(e, name)],
	[entry(e, name, k) |
		not case_sensitive
		some name in order(key)
		some k in sort(written(e, name))
		k != key
		lower(k) == lower(key)
	],
)

# setting returns the entry of a key that takes effect; undefined when the
# extension does not write the key.
setting(e, key) := lookup(e, key)[0]

# value returns the known value of a key; undefined when absent or unknown.
value(e, key) := x.value if {
	x := setting(e, key)
	x.known
}

# unknown holds when a key's value cannot be known: it is written with an
# unknown value, or not written while its own section is unknown as a whole.
unknown(e, key) if {
	x := setting(e, key)
	not x.known
}

unknown(e, key) if {
	count(lookup(e, key)) == 0
	core.unknown(e, section_paths[home(key)])
}

# absent holds when a key is known not to be written.
absent(e, key) if {
	count(lookup(e, key)) == 0
	not core.unknown(e, section_paths[home(key)])
}

# unknown_path returns where the unknown value of a key is (or would be)
# written, for messages.
unknown_path(e, key) := p if {
	p := setting(e, key).path
} else := array.concat(section_paths[home(key)], [key])

# dotted renders a path for messages.
dotted(path) := concat(".", [sprintf("%v", [s]) | some s in path])

# given holds when a key is written with a value that is unknown or not
# empty: the setting is provided.
given(e, key) if {
	x := setting(e, key)
	not x.known
}

given(e, key) if {
	v := value(e, key)
	v != ""
}

# possible holds when a key may be provided.
possible(e, key) if given(e, key)

possible(e, key) if unknown(e, key)

# is_insecure holds when allowInsecureConnections is true (HTTP allowed,
# TLS termination off); its default is false.
is_insecure(e) if core.is_true(value(e, "allowInsecureConnections"))

insecure_unknown(e) if unknown(e, "allowInsecureConnections")

# inference_enabled holds for scope S-AMLEXT-INF: enableInference is true,
# or absent while enableTraining is not true (ambiguous configurations are
# treated as inference-capable).
inference_enabled(e) if core.is_true(value(e, "enableInference"))

inference_enabled(e) if {
	absent(e, "enableInference")
	not training_on(e)
	not unknown(e, "enableTraining")
}

training_on(e) if core.is_true(value(e, "enableTraining"))

# inference_unknown holds when whether inference is on cannot be decided;
# inference_unknown_key names the setting that decides it.
inference_unknown(e) if inference_unknown_key(e)

inference_unknown_key(e) := "enableInference" if unknown(e, "enableInference")

else := "enableTraining" if {
	absent(e, "enableInference")
	unknown(e, "enableTraining")
}

# inference_extensions are the Azure ML extensions with inference on or
# possibly on: the resources the inference rules apply to.
inference_extensions contains e if {
	some e in azure.ml_extensions
	inference_enabled(e)
}

inference_extensions contains e if {
	some e in azure.ml_extensions
	inference_unknown(e)
}

# secret_keys are the keys that name the TLS Secret.
secret_keys contains "scoringFe.sslSecret"

secret_keys contains "sslSecret" if cli_tls_keys

# pairs are the certificate and key settings that go together.
pairs contains ["scoringFe.sslCert", "scoringFe.sslKey"]

pairs contains ["sslCertPemFile", "sslKeyPemFile"] if cli_tls_keys

# file_keys are the keys of the file or content form.
file_keys := {k | some pair in pairs; some k in pair}

# secret_form and file_form list the entries of the Secret form and of the
# file/content form an extension provides, in key order.
secret_form(e) := [setting(e, k) | some k in sort(secret_keys); given(e, k)]

file_form(e) := [setting(e, k) | some k in sort(file_keys); given(e, k)]

# tls_material holds when an extension carries TLS material: a Secret name,
# or both halves of a certificate/key pair.
tls_material(e) if count(secret_form(e)) > 0

tls_material(e) if {
	some pair in pairs
	given(e, pair[0])
	given(e, pair[1])
}

# material_unknown holds when the extension carries no TLS material as far
# as the scan sees, but an unknown value may still supply it;
# material_unknown_key names one such setting.
material_unknown(e) if material_unknown_key(e)

material_unknown_key(e) := key if {
	not tls_material(e)
	key := [k | some k in sort(secret_keys); unknown(e, k)][0]
} else := key if {
	not tls_material(e)
	key := [k |
		some pair in pairs
		possible(e, pair[0])
		possible(e, pair[1])
		some k in pair
		unknown(e, k)
	][0]
}

# manifests_apply holds when some of the scan's manifests deploy to the
# cluster an extension is installed on (or may: nothing says otherwise),
# or the scan has no manifests to tell.
manifests_apply(_) if not k8s.any_manifests

manifests_apply(e) if {
	some o in input.nodes
	k8s.is_object(o)
	object_applies(e, o)
}

# object_applies holds when a manifest deploys to the cluster an extension
# is installed on, or nothing says otherwise.
object_applies(_, o) if k8s.cluster_of(o) == ""

object_applies(e, _) if count(azure.extension_cluster(e)) == 0

object_applies(e, o) if {
	some c in azure.extension_cluster(e)
	c.id == k8s.cluster_of(o)
}

# other_clusters names the clusters the scan's manifests deploy to, for
# messages about an extension none of them reaches.
other_clusters := concat(", ", sort({input.nodes[id].name |
	some o in input.nodes
	k8s.is_object(o)
	id := k8s.cluster_of(o)
	input.nodes[id]
}))

# label renders a node that carries TLS settings or material for messages.
label(n) := sprintf("Azure ML extension %s", [n.name]) if core.is_type(n, azure.extension_type)

else := sprintf("Secret %s/%s", [n.namespace, n.name]) if k8s.is_object(n)

else := sprintf("inference compute %s", [n.name])

# tls_nodes are the nodes whose certificate and key the PEM reader
# analysed (facts.tls): Azure ML extensions, Secrets in namespace azureml
# (where the extension reads its Secret) or named by an extension (L11),
# and legacy AKS inference computes (sslConfiguration).
tls_nodes := [input.nodes[id] | some id in tls_node_ids]

tls_node_ids contains e.id if {
	some e in azure.ml_extensions
	e.facts.tls
}

tls_node_ids contains s.id if {
	some s in k8s.of_kind("Secret")
	s.namespace == "azureml"
	s.facts.tls
}

tls_node_ids contains s.id if {
	some e in azure.ml_extensions
	some s in core.out(e, "L11")
	s.facts.tls
}

tls_node_ids contains c.id if {
	some c in core.nodes_of_type(azure.compute_type)
	c.facts.tls
}

# certificate and private_key return the facts of a node's certificate and
# key half; undefined when the node carries none.
certificate(n) := n.facts.tls.cert

private_key(n) := n.facts.tls.key

# material renders where a half comes from: the setting or Secret key, and
# the file it names.
material(n, h) := sprintf("file %s (%s of %s)", [h.file, setting_name(n, h), label(n)]) if h.source == "file"

else := sprintf("%s of %s", [setting_name(n, h), label(n)])

setting_name(n, h) := concat(".", array.slice(h.attr, count(h.attr) - 2, count(h.attr))) if {
	core.is_type(n, azure.compute_type)
}

else := h.attr[count(h.attr) - 1]

# chain returns the certificates a half parsed, leaf first; [] when none.
chain(h) := object.get(h, "chain", [])

# leaf returns the certificate a half serves: the first one that is not a
# CA, else the first one; undefined when nothing parsed.
leaf(h) := c if {
	c := [x | some x in chain(h); not x.is_ca][0]
} else := chain(h)[0]

# certificate_name renders a parsed certificate for messages.
certificate_name(c) := sprintf("%q", [c.common_name]) if c.common_name != ""

else := sprintf("%q", [c.subject])

# unreadable says why a certificate's content cannot be analysed: it could
# not be read, or no certificate in it parsed.
unreadable(h) := h.error if h.error

else := sprintf("no certificate in it parses (format %s)", [object.get(h, "format", "unknown")]) if count(chain(h)) == 0

# sensitive says whether a half of a node is private key content, which
# text output must not quote (a file path is not secret, nor a certificate).
sensitive(n, h) if {
	h == private_key(n)
	h.source != "file"
} else := false
