# METADATA
# description: Azure resources under their ARM types, read as the catalog normalises them.
package lib.azure

import data.lib.core
import data.lib.kubernetes as k8s
import data.lib.roles
import data.lib.workload_identity as wi

cluster_type := "Microsoft.ContainerService/managedClusters"

extension_type := "Microsoft.KubernetesConfiguration/extensions"

# isolated holds for a cluster meant to be network isolated (scope S-ISO):
# artifact source Cache, an isolating outbound type, the isolation tag, or
# the scan profile's word for the cluster the manifests deploy to.
isolated(c) if lower(core.value(c, ["properties", "bootstrapProfile", "artifactSource"])) == "cache"

isolated(c) if isolating_outbound(c)

isolated(c) if core.is_true(core.value(c, ["tags", input.context.isolation_tag]))

isolated(c) if {
	input.context.network_isolated
	c.id == input.context.cluster
}

isolated(c) if c.id in object.get(input.context, "isolated_clusters", [])

# isolating_outbound holds for outbound type none, or block while the
# catalog's unverified item U1 is accepted.
isolating_outbound(c) if core.lower_value(c, outbound_path) == "none"

isolating_outbound(c) if {
	core.lower_value(c, outbound_path) == "block"
	object.get(input.context, ["unverified", "block_outbound_type"], true)
}

outbound_path := ["properties", "networkProfile", "outboundType"]

# iso_clusters are the clusters meant to be network isolated (S-ISO).
iso_clusters := [c | some c in clusters; isolated(c)]

workspace_type := "Microsoft.MachineLearningServices/workspaces"

compute_type := "Microsoft.MachineLearningServices/workspaces/computes"

agent_pool_type := "Microsoft.ContainerService/managedClusters/agentPools"

registry_type := "Microsoft.ContainerRegistry/registries"

account_type := "Microsoft.CognitiveServices/accounts"

identity_type := "Microsoft.ManagedIdentity/userAssignedIdentities"

clusters := core.nodes_of_type(cluster_type)

workspaces := core.nodes_of_type(workspace_type)

# location returns a resource's location normalised (§1.4).
location(n) := replace(lower(v), " ", "") if {
	v := core.value(n, ["location"])
	is_string(v)
}

# private_cluster holds for a cluster whose API server is a private link.
private_cluster(c) if core.value(c, ["properties", "apiServerAccessProfile", "enablePrivateCluster"]) == true

# agent_pools are the separate node pool resources of a cluster.
agent_pools(c) := [p | some p in core.into(c, "parent"); core.is_type(p, agent_pool_type)]

# node_pools lists every node pool of a cluster with the path of its
# settings: inline agentPoolProfiles[i], and agentPools children.
node_pools(c) := array.concat(
	[{"node": c, "path": ["properties", "agentPoolProfiles", i]} |
		some i, _ in object.get(c.attrs, ["properties", "agentPoolProfiles"], [])
	],
	[{"node": p, "path": ["properties"]} | some p in agent_pools(c)],
)

# pool_subnet_declared holds when some node pool names a subnet, known or not.
pool_subnet_declared(c) if {
	some pool in node_pools(c)
	path := array.concat(pool.path, ["vnetSubnetID"])
	not core.absent(pool.node, path)
}

# behind_vnet holds for a cluster in a VNet the scan may see (part of
# S-AML-AKS-VNET): a node pool names a subnet, or the API server is private.
behind_vnet(c) if pool_subnet_declared(c)

behind_vnet(c) if private_cluster(c)

# aml_pairs are the (workspace, cluster) pairs of scope S-AML-AKS: linked
# through an attached compute (L09), or, when the scan has Azure ML
# extensions and exactly one workspace, the extension's cluster paired with
# it heuristically.
aml_pairs contains {"workspace": w, "cluster": c, "compute": comp.id, "heuristic": false} if {
	some comp in core.nodes_of_type(compute_type)
	some w in core.out(comp, "L09")
	core.is_type(w, workspace_type)
	some c in core.out(comp, "L09")
	core.is_type(c, cluster_type)
}

aml_pairs contains {"workspace": w, "cluster": c, "compute": "", "heuristic": true} if {
	count(workspaces) == 1
	w := workspaces[0]
	some e in ml_extensions
	some c in extension_cluster(e)
	not attached(c)
}

attached(c) if {
	some comp in core.into(c, "L09")
	core.is_type(comp, compute_type)
}

# workspace_deps lists the resources a workspace names in a property
# (storageAccount, keyVault, containerRegistry, applicationInsights), L08.
workspace_deps(w, prop) := [input.nodes[e.to] |
	some e in core.edges_out(w)
	e.kind == "L08"
	e.attr == ["properties", prop]
]

# bootstrap_registries are the registries a cluster bootstraps from (L17).
bootstrap_registries(c) := [r | some r in core.out(c, "L17"); core.is_type(r, registry_type)]

# openai_accounts are the Cognitive Services accounts of kind OpenAI or AIServices.
openai_accounts := [a |
	some a in core.nodes_of_type(account_type)
	core.lower_value(a, ["kind"]) in {"openai", "aiservices"}
]

# object_isolated says whether an object deploys to a cluster meant to be
# network isolated, why, and whether only a heuristic association says so.
object_isolated(o) := {"heuristic": false, "why": "the scan profile marks the cluster as network isolated"} if {
	k8s.deploys_to(o).isolated
} else := {"heuristic": d.heuristic, "why": sprintf("cluster %s is network isolated", [c.name])} if {
	d := k8s.deploys_to(o)
	c := input.nodes[d.cluster]
	isolated(c)
}

# ml_extensions are the Azure ML extensions (scope S-AMLEXT).
ml_extensions contains e if {
	some e in core.nodes_of_type(extension_type)
	lower(core.value(e, ["properties", "extensionType"])) == "microsoft.azureml.kubernetes"
}

# extension_cluster lists the clusters an extension is installed on (L10).
extension_cluster(e) := core.out(e, "L10")

# wi_clusters are the workload-identity clusters (S-WI) with whether only a
# heuristic association puts them there: a federated credential's issuer
# resolves to the cluster (L14), or the manifests deployed to it have a
# ServiceAccount annotated with a client ID, a pod labelled for Workload ID,
# or a workload that calls an Azure OpenAI account of the scan (L20).
wi_clusters contains {"cluster": c, "heuristic": false} if {
	some c in clusters
	some fic in core.into(c, "L14-issuer")
	core.is_type(fic, wi.fic_type)
}

wi_clusters contains {"cluster": input.nodes[d.cluster], "heuristic": d.heuristic} if {
	some n in workload_identity_objects
	d := k8s.deploys_to(n)
	input.nodes[d.cluster]
}

# workload_identity_objects are the manifests that use Workload ID: a
# ServiceAccount annotated with a client ID, a pod labelled for it, or a
# workload that calls an Azure OpenAI account of the scan.
workload_identity_objects contains sa if {
	some sa in k8s.of_kind("ServiceAccount")
	wi.annotated(sa)
}

workload_identity_objects contains w if {
	some w in k8s.workloads
	k8s.pod_labels(w)[wi.use_key]
}

workload_identity_objects contains w if {
	some w in k8s.workloads
	some a in core.out(w, "L20")
	core.is_type(a, account_type)
}

# entra_accounts are the Azure OpenAI accounts reached with Entra tokens
# (S-AOAI-ENTRA): the scope of a role assignment to a managed identity (or
# covered by an OpenAI data role on its resource group or subscription),
# or called by a workload that uses Workload ID (L20).
entra_accounts := [a | some a in openai_accounts; entra_account(a)]

entra_account(a) if {
	some ra in core.into(a, "L13-scope")
	some p in core.out(ra, "L13")
	managed_identity(p)
}

# An OpenAI data role on the account's resource group or subscription.
entra_account(a) if {
	some ra in roles.assignments
	roles.role_guid(ra) in openai_data_roles
	roles.covers(ra, a)
	some p in core.out(ra, "L13")
	managed_identity(p)
}

# openai_data_roles are the roles that let an identity call Azure OpenAI:
# OpenAI User, OpenAI Contributor and Cognitive Services User.
openai_data_roles := {roles.builtin[name] |
	some name in ["cognitive services openai user", "cognitive services openai contributor", "cognitive services user"]
}

entra_account(a) if {
	some w in core.into(a, "L20")
	k8s.pod_labels(w)[wi.use_key]
}

entra_account(a) if {
	some w in core.into(a, "L20")
	wi.workload_identity_account(w.namespace, k8s.service_account(w))
}

# managed_identity holds for a node whose identity a role assignment can
# name: a user-assigned identity, or any resource with an identity block.
managed_identity(p) if core.is_type(p, identity_type)

managed_identity(p) if p.attrs.identity
