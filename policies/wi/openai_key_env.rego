# METADATA
# title: No Azure OpenAI API keys in the pod environment
# description: >-
#   The point of Workload ID is to replace the Azure OpenAI API key with a
#   token. A key left in a container's environment, whether written
#   literally, read from a Secret or ConfigMap key, or loaded with envFrom,
#   keeps the static credential alive: anyone who can read the pod spec or
#   the Secret can call the model, and the key outlives the workload.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/open-ai-secure-access-quickstart
#     description: Secure access to Azure OpenAI from AKS (seed 003)
# custom:
#   id: AZR-WI-009
#   severity: warning
#   provenance: seed
#   seed:
#     document: 003_8257b559f344b36a.txt
#     section: Note (passwordless access); アプリケーションをテストする (Test the application)
#   remediation: >-
#     Remove the API key variable and let the application authenticate with
#     Microsoft Entra ID through Workload ID (DefaultAzureCredential or
#     WorkloadIdentityCredential); then disable local authentication on the
#     Azure OpenAI account.
#   scope: Every container of every pod template.
#   formats: [kubernetes]
package wi.openai_key_env

import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.workload_identity as wi

key_name := `(?i)^((AZURE_)?OPENAI_(API_)?KEY|AOAI_(API_)?KEY|AZURE_OPENAI_API_KEY)$`

endpoint_name := `(?i)^AZURE_OPENAI_ENDPOINT$`

hex32 := `^[0-9a-fA-F]{32}$`

applicable contains w.id if some w in k8s.workloads

# An env variable named like an API key with a value or a key reference.
deny contains {
	"msg": sprintf("container %s of %s %s/%s sets %s %s", [c.container.name, w.attrs.kind, w.namespace, w.name, e.name, source(e)]),
	"resource": w.id,
	"attr": array.concat(c.path, ["env", i]),
} if {
	some w in k8s.workloads
	some c in k8s.containers(w)
	some i, e in object.get(c.container, "env", [])
	regex.match(key_name, e.name)
	source(e)
}

# A key reference whose key is named like an API key.
deny contains {
	"msg": sprintf("container %s of %s %s/%s reads key %s of %s %s into %s", [c.container.name, w.attrs.kind, w.namespace, w.name, ref.key, kind, ref.name, e.name]),
	"resource": w.id,
	"attr": array.concat(c.path, ["env", i, "valueFrom"]),
} if {
	some w in k8s.workloads
	some c in k8s.containers(w)
	some i, e in object.get(c.container, "env", [])
	not regex.match(key_name, e.name)
	some field, kind in {"secretKeyRef": "Secret", "configMapKeyRef": "ConfigMap"}
	ref := e.valueFrom[field]
	regex.match(key_name, ref.key)
}

# envFrom loads a Secret or ConfigMap of the scan that holds such a key.
deny contains {
	"msg": sprintf("container %s of %s %s/%s loads %s %s, which holds %s", [c.container.name, w.attrs.kind, w.namespace, w.name, kind, src.name, concat("", [object.get(from, "prefix", ""), k])]),
	"resource": w.id,
	"attr": array.concat(c.path, ["envFrom", i]),
	"related": [{"resource": obj.id, "attr": [], "msg": kind}],
} if {
	some w in k8s.workloads
	some c in k8s.containers(w)
	some i, from in object.get(c.container, "envFrom", [])
	some field, kind in {"secretRef": "Secret", "configMapRef": "ConfigMap"}
	src := from[field]
	some obj in k8s.objects(kind, w.namespace, src.name)
	some k in keys(obj)
	regex.match(key_name, concat("", [object.get(from, "prefix", ""), k]))
}

# A 32-hex-digit literal beside the Azure OpenAI endpoint is a key by shape.
deny contains {
	"msg": sprintf("container %s of %s %s/%s sets %s to a 32-digit hexadecimal literal beside %s, the shape of an Azure OpenAI key", [c.container.name, w.attrs.kind, w.namespace, w.name, e.name, endpoint.name]),
	"resource": w.id,
	"attr": array.concat(c.path, ["env", i, "value"]),
	"sensitive": true,
} if {
	some w in k8s.workloads
	some c in k8s.containers(w)
	env := object.get(c.container, "env", [])
	some endpoint in env
	regex.match(endpoint_name, endpoint.name)
	some i, e in env
	not regex.match(key_name, e.name)
	core.known(w, array.concat(c.path, ["env", i, "value"]))
	regex.match(hex32, e.value)
}

# Undetermined: envFrom loads a Secret or ConfigMap the scan does not hold.
deny contains {
	"msg": sprintf("container %s of %s %s/%s: whether it loads an Azure OpenAI key could not be determined: %s %s loaded by envFrom is not in the scan (%s)", [c.container.name, w.attrs.kind, w.namespace, w.name, kind, src.name, concat(".", [sprintf("%v", [s]) | some s in path])]),
	"resource": w.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some w in k8s.workloads
	some c in k8s.containers(w)
	some i, from in object.get(c.container, "envFrom", [])
	some field, kind in {"secretRef": "Secret", "configMapRef": "ConfigMap"}
	src := from[field]
	path := array.concat(c.path, ["envFrom", i])
	not wi.unknown_under(w, path)
	count(k8s.objects(kind, w.namespace, src.name)) == 0
}

deny contains {
	"msg": sprintf("container %s of %s %s/%s: whether it loads an Azure OpenAI key could not be determined: the source of envFrom is unresolved (%s)", [c.container.name, w.attrs.kind, w.namespace, w.name, concat(".", [sprintf("%v", [s]) | some s in path])]),
	"resource": w.id,
	"attr": path,
	"level": "note",
	"undetermined": true,
} if {
	some w in k8s.workloads
	some c in k8s.containers(w)
	some i, _ in object.get(c.container, "envFrom", [])
	path := array.concat(c.path, ["envFrom", i])
	wi.unknown_under(w, path)
}

source(e) := "to a literal value" if {
	is_string(e.value)
	e.value != ""
}

source(e) := sprintf("from key %s of Secret %s", [e.valueFrom.secretKeyRef.key, e.valueFrom.secretKeyRef.name]) if e.valueFrom.secretKeyRef

source(e) := sprintf("from key %s of ConfigMap %s", [e.valueFrom.configMapKeyRef.key, e.valueFrom.configMapKeyRef.name]) if e.valueFrom.configMapKeyRef

keys(obj) := object.keys(obj.facts.secret.keys) if obj.attrs.kind == "Secret"

keys(obj) := object.keys(object.union(object.get(obj.attrs, "data", {}), object.get(obj.attrs, "binaryData", {}))) if obj.attrs.kind == "ConfigMap"
