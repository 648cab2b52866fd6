# METADATA
# title: sslSecret names a Secret in namespace azureml holding cert.pem and key.pem
# description: >-
#   When the Azure ML extension's TLS material comes from a Kubernetes
#   Secret, the extension looks for the Secret named by sslSecret in
#   namespace azureml and reads exactly the keys cert.pem (the PEM
#   certificate chain) and key.pem (the PEM private key). A Secret in
#   another namespace, a kubernetes.io/tls Secret with tls.crt and tls.key,
#   or data that is not base64 leaves the inference router without a
#   certificate.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-online-endpoint
#     description: Configure a secure online endpoint with TLS/SSL (seed 002)
# custom:
#   id: AZR-TLS-005
#   severity: error
#   provenance: seed
#   seed:
#     document: 002_0bc5bcec534021ca.txt
#     section: sslSecret の構成 (Configure sslSecret)
#   remediation: >-
#     Create the Secret in namespace azureml under the name given in
#     sslSecret, with the keys cert.pem and key.pem holding the base64 of the
#     PEM certificate chain and of the unencrypted PEM key, for example with
#     kubectl create secret generic <name> -n azureml
#     --from-file=cert.pem --from-file=key.pem.
#   scope: >-
#     Azure ML extensions (Microsoft.AzureML.Kubernetes) that name an
#     sslSecret (or scoringFe.sslSecret), with the manifests of the cluster
#     they are installed on.
#   formats: [kubernetes, terraform, arm, bicep]
package tls.ssl_secret

import data.lib.azure
import data.lib.extension as ext
import data.lib.kubernetes as k8s

# The rule applies to extensions that name a Secret, or may.
applicable contains e.id if {
	some e in azure.ml_extensions
	some k in ext.secret_keys
	ext.possible(e, k)
}

# Extensions with a known Secret name, and where the name is written, whose
# cluster the scan's manifests deploy to.
named contains {"ext": e, "name": x.value, "path": x.path} if {
	some e in azure.ml_extensions
	some x in ext.secret_form(e)
	x.known
	is_string(x.value)
	ext.manifests_apply(e)
}

# secrets lists the Secrets named by an extension's sslSecret that deploy
# to its cluster: in namespace ns, or in any namespace when ns is "".
secrets(n, "") := [s | some s in k8s.named("Secret", n.name); ext.object_applies(n.ext, s)]

secrets(n, ns) := [s | some s in k8s.objects("Secret", ns, n.name); ext.object_applies(n.ext, s)] if ns != ""

related(n) := [{"resource": n.ext.id, "attr": n.path, "msg": sprintf("Azure ML extension %s", [n.ext.name])}]

deny contains {
	"msg": sprintf("Secret azureml/%s named by sslSecret of extension %s lacks %s%s", [n.name, n.ext.name, concat(" and ", missing), hint(s)]),
	"resource": s.id,
	"attr": array.concat(data_path(s), [missing[0]]),
	"related": related(n),
	"applies_to": n.ext.id,
} if {
	some n in named
	some s in secrets(n, "azureml")
	missing := [k | some k in ["cert.pem", "key.pem"]; not s.facts.secret.keys[k]]
	count(missing) > 0
}

deny contains {
	"msg": sprintf("Secret azureml/%s named by sslSecret of extension %s has %s that is not valid base64", [n.name, n.ext.name, k]),
	"resource": s.id,
	"attr": ["data", k],
	"related": related(n),
	"applies_to": n.ext.id,
} if {
	some n in named
	some s in secrets(n, "azureml")
	some k in ["cert.pem", "key.pem"]
	s.facts.secret.keys[k].valid_base64 == false
}

deny contains {
	"msg": sprintf("extension %s names sslSecret %s, but that Secret is in namespace %s; the extension reads it from azureml", [n.ext.name, n.name, s.namespace]),
	"resource": s.id,
	"attr": ["metadata", "namespace"],
	"related": related(n),
	"applies_to": n.ext.id,
} if {
	some n in named
	count(secrets(n, "azureml")) == 0
	some s in secrets(n, "")
}

deny contains {
	"msg": sprintf("extension %s names sslSecret %s, which is not among the scanned manifests (it may be created out of band)", [n.ext.name, n.name]),
	"resource": n.ext.id,
	"attr": n.path,
	"level": "note",
	"undetermined": true,
} if {
	some n in named
	count(secrets(n, "")) == 0
}

deny contains {
	"msg": sprintf("the Secret %s names could not be checked: the scan's manifests deploy to cluster %s, not to the extension's", [ext.label(e), ext.other_clusters]),
	"resource": e.id,
	"attr": x.path,
	"level": "note",
	"undetermined": true,
} if {
	some e in azure.ml_extensions
	not ext.manifests_apply(e)
	some x in ext.secret_form(e)
	x.known
}

# unresolved names the setting whose unknown value hides the Secret name.
unresolved(e) := k if {
	count([x | some x in ext.secret_form(e); x.known]) == 0
	k := ext.secret_form(e)[0].key
} else := k if {
	count(ext.secret_form(e)) == 0
	k := [key | some key in sort(ext.secret_keys); ext.unknown(e, key)][0]
}

deny contains {
	"msg": sprintf("the Secret %s names could not be determined: %s is unresolved (%s)", [ext.label(e), k, ext.dotted(path)]),
	"resource": e.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some e in azure.ml_extensions
	k := unresolved(e)
	path := ext.unknown_path(e, k)
}

data_path(s) := ["data"] if s.attrs.data

data_path(s) := ["stringData"] if {
	not s.attrs.data
	s.attrs.stringData
}

data_path(s) := [] if {
	not s.attrs.data
	not s.attrs.stringData
}

hint(s) := "; it has tls.crt/tls.key, the kubernetes.io/tls layout, but the extension reads cert.pem and key.pem" if {
	s.facts.secret.keys["tls.crt"]
} else := ""
