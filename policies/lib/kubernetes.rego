# METADATA
# description: Kubernetes objects as the parser normalises them.
package lib.kubernetes

# is_object holds for Kubernetes objects, not for Azure resources declared
# in manifests (Azure Service Operator), whose types are ARM types.
is_object(n) if {
	n.format == "kubernetes"
	not startswith(n.type, "Microsoft.")
}

# workloads are the objects with a pod template (Pod, Deployment, StatefulSet,
# DaemonSet, ReplicaSet, Job, CronJob, …). Built from a set of IDs: a set of
# strings is cheap, while a partial object with many keys is quadratic to
# build and a set of nodes hashes whole nodes.
workloads := [input.nodes[id] | some id in workload_ids]

workload_ids contains n.id if {
	some n in input.nodes
	is_object(n)
	is_array(n.facts.pod_template)
}

# template returns a workload's pod template: {metadata, spec}.
template(n) := object.get(n.attrs, n.facts.pod_template, {})

# template_path returns the path of a workload's pod template.
template_path(n) := n.facts.pod_template

# labels and annotations of a workload's pods.
pod_labels(n) := object.get(template(n), ["metadata", "labels"], {})

pod_annotations(n) := object.get(template(n), ["metadata", "annotations"], {})

# containers lists every container of a workload's pods with its path:
# {"container": c, "path": [...]}.
containers(n) := [{"container": c, "path": array.concat(template_path(n), ["spec", field, i])} |
	some field in ["initContainers", "containers", "ephemeralContainers"]
	some i, c in object.get(template(n), ["spec", field], [])
]

# of_kind lists the objects of a kind, through the index.
of_kind(kind) := [input.nodes[id] |
	some names in object.get(input.index.objects, [kind], {})
	some ids in names
	some id in ids
]

# objects lists the objects of a kind with a namespace ("" for cluster
# scoped ones) and name.
objects(kind, ns, name) := [input.nodes[id] | some id in object.get(input.index.objects, [kind, ns, name], [])]

# named lists the objects of a kind and name in any namespace.
named(kind, name) := [input.nodes[id] |
	some ns, _ in object.get(input.index.objects, [kind], {})
	some id in object.get(input.index.objects, [kind, ns, name], [])
]

# namespace_in_scan holds when the scan has manifests in namespace ns.
namespace_in_scan(ns) if input.index.namespaces[ns]

# any_manifests holds when the scan has any Kubernetes object.
any_manifests if {
	some n in input.nodes
	is_object(n)
}

# annotation returns the value of an annotation of an object's metadata.
annotation(n, key) := n.attrs.metadata.annotations[key]

# service_account returns the ServiceAccount a workload's pods run as.
service_account(n) := n.facts.service_account

# service_account_path is where that name is written (the pod spec when
# the name is defaulted).
service_account_path(n) := n.facts.service_account_path

# deploys_to says where an object deploys: {cluster (node ID, "" when
# unknown), heuristic (only the scan's single cluster suggests it),
# isolated (the profile marks its cluster as network isolated)}: the
# profile's manifest set that holds its file, else the scan-wide answer.
deploys_to(n) := n.facts.deploys_to if {
	n.facts.deploys_to
} else := {
	"cluster": object.get(input.context, "cluster", ""),
	"heuristic": input.context.cluster_heuristic,
	"isolated": input.context.network_isolated,
}

# cluster_of is the node ID of the cluster an object deploys to, or "".
cluster_of(n) := deploys_to(n).cluster
