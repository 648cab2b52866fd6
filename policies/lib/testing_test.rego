# Builders for policy tests: nodes shaped like the parsers' and an input
# with the same index the engine computes (policies/input.go; a Go test
# checks that both agree).
package lib.testing

# input_of builds a whole input from nodes, edges and context.
input_of(nodes, edges, ctx) := {
	"nodes": {n.id: n | some n in nodes},
	"edges": edges,
	"index": index(nodes, edges),
	"context": object.union(default_context, ctx),
}

# inputs builds an input from nodes alone.
inputs(nodes) := input_of(nodes, [], {})

default_context := {
	"environment": "prod",
	"network_isolated": false,
	"isolation_tag": "network-isolated",
	"builtin_storage_classes": [
		"azurefile", "azurefile-csi", "azurefile-premium",
		"azurefile-csi-premium", "azureblob-fuse-premium", "azureblob-nfs-premium",
	],
	"dns_hub_vnets": [],
	"transitive_peering": false,
	"unsupported_extensions": [
		"microsoft.dapr", "microsoft.appconfiguration", "microsoft.azureml.kubernetes",
		"microsoft.flux", "microsoft.azurecontainerstorage", "microsoft.dataprotection.kubernetes",
	],
	"cert_expiry_days": 30,
	"policy_managed_dns_zone_groups": false,
	"unverified": {
		"block_outbound_type": true,
		"cli_tls_keys": true,
		"setting_keys_case_sensitive": true,
		"arm_network_plugin_note": true,
		"oidc_service_default_1_34": true,
		"hbi_workspace_identity": true,
		"use_annotation_ignored": true,
	},
	"now": "2026-01-01T00:00:00Z",
	"isolated_clusters": [],
	"cluster_heuristic": false,
}

index(nodes, edges) := {
	"by_type": {lower(t): sort([n.id | some n in nodes; lower(n.type) == lower(t)]) | some t in {n.type | some n in nodes}},
	"objects": {kind: {ns: {name: sort([n.id |
		some n in k8s(nodes)
		n.attrs.kind == kind
		n.namespace == ns
		n.name == name
	]) |
		some name in {n.name | some n in k8s(nodes); n.attrs.kind == kind; n.namespace == ns}
	} |
		some ns in {n.namespace | some n in k8s(nodes); n.attrs.kind == kind}
	} |
		some kind in {n.attrs.kind | some n in k8s(nodes)}
	},
	"namespaces": {n.namespace: true | some n in k8s(nodes); n.namespace != ""},
	"out": {from: {kind: sort([e.to | some e in edges; e.from == from; e.kind == kind]) |
		some kind in {e.kind | some e in edges; e.from == from}
	} |
		some from in {e.from | some e in edges}
	},
	"edges_out": {from: [i | some i, e in edges; e.from == from] | some from in {e.from | some e in edges}},
	"edges_in": {to: [i | some i, e in edges; e.to == to] | some to in {e.to | some e in edges}},
	"in": {to: {kind: sort([e.from | some e in edges; e.to == to; e.kind == kind]) |
		some kind in {e.kind | some e in edges; e.to == to}
	} |
		some to in {e.to | some e in edges}
	},
}

k8s(nodes) := [n |
	some n in nodes
	n.format == "kubernetes"
	not startswith(n.type, "Microsoft.")
]

cluster_scoped := {"Namespace", "StorageClass", "PersistentVolume", "ClusterRole", "ClusterRoleBinding"}

# manifest builds a Kubernetes node like the parser does; attrs is the object
# without apiVersion, kind and metadata.name/namespace, which are filled in.
manifest(api, kind, ns, name, attrs) := node(api, kind, ns, name, attrs, {})

node(api, kind, ns, name, attrs, facts) := {
	"id": id(api, kind, ns, name),
	"type": sprintf("%s/%s", [api, kind]),
	"name": name,
	"namespace": namespace(kind, ns),
	"format": "kubernetes",
	"attrs": object.union(attrs, {
		"apiVersion": api, "kind": kind,
		"metadata": object.union(object.get(attrs, "metadata", {}), metadata(kind, ns, name)),
	}),
	"unknown": [],
	"facts": facts,
}

namespace(kind, _) := "" if kind in cluster_scoped

namespace(kind, ns) := ns if not kind in cluster_scoped

metadata(kind, _, name) := {"name": name} if kind in cluster_scoped

metadata(kind, ns, name) := {"name": name, "namespace": ns} if not kind in cluster_scoped

id(api, kind, _, name) := sprintf("%s/%s/%s", [api, kind, name]) if kind in cluster_scoped

id(api, kind, ns, name) := sprintf("%s/%s/%s/%s", [api, kind, ns, name]) if not kind in cluster_scoped

# service_account builds a ServiceAccount with annotations.
service_account(ns, name, annotations) := manifest("v1", "ServiceAccount", ns, name, {"metadata": {"annotations": annotations}})

# deployment builds a Deployment whose pod template has labels,
# annotations and spec; service_account is the name the parser derives.
deployment(ns, name, labels, annotations, spec) := node(
	"apps/v1", "Deployment", ns, name, {"spec": {"template": {
		"metadata": {"labels": labels, "annotations": annotations},
		"spec": spec,
	}}},
	{
		"pod_template": ["spec", "template"],
		"service_account": sa_name(spec),
		"service_account_path": sa_path(spec),
	},
)

sa_name(spec) := spec.serviceAccountName

sa_name(spec) := "default" if not spec.serviceAccountName

sa_path(_) := ["spec", "template", "spec", "serviceAccountName"]

# azure builds an Azure resource node under its ARM type.
azure(format, type, name, attrs) := {
	"id": sprintf("%s/%s", [type, name]),
	"type": type,
	"name": name,
	"namespace": "",
	"format": format,
	"attrs": attrs,
	"unknown": [],
	"facts": {},
}

# federated_credential builds a credential with a subject.
federated_credential(name, subject) := azure(
	"terraform",
	"Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
	name,
	{"properties": {"subject": subject, "audiences": ["api://AzureADTokenExchange"]}},
)

# with_unknown marks paths of a node as unknown.
with_unknown(n, paths) := object.union(n, {"unknown": paths})

# secret builds a Secret whose facts list keys as the parser does.
secret(ns, name, keys, type) := node("v1", "Secret", ns, name, {"type": type, "data": {k: "(redacted)" | some k, _ in keys}}, {"secret": {
	"type": type,
	"keys": {k: {"source": "data", "valid_base64": v, "size": 100} | some k, v in keys},
}})
