# METADATA
# title: Workspace dependencies reachable privately from the AKS network
# description: >-
#   When the AKS cluster of an Azure ML workspace sits in a VNet, the
#   workspace's storage account, key vault and container registry must be
#   reachable from that network: through a private endpoint in the
#   cluster's VNet or a VNet peered with it (the documented way), or, for
#   storage and key vault, through a service endpoint on the cluster's node
#   subnet that the resource's network rules admit (reported as a note).
#   A workspace storage account should also have private endpoints for both
#   blob and file, which the default datastores use. Peerings count when
#   both VNets declare them; an endpoint reached only through a one-sided
#   peering is a warning.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-001
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 制限事項 (Limitations, 1st bullet) and 構成する方法 (How to configure, 1st step); 001 Limites, Guide pratique (1st step)
#   remediation: >-
#     Add private endpoints for the workspace's storage account (blob and
#     file), key vault (vault) and container registry (registry) in a subnet
#     of the cluster's VNet or of a VNet peered with it from both sides.
#   scope: >-
#     The storage account, key vault and container registry of an Azure ML
#     workspace attached to an AKS cluster that sits in a VNet (a node pool
#     subnet, or a private cluster).
#   formats: [terraform, arm, bicep]
package inf.dependencies_private

import data.lib.azure
import data.lib.core
import data.lib.inf
import data.lib.network

# Service endpoints that admit each kind of dependency; none for registries.
services := {
	"storageAccount": {"microsoft.storage", "microsoft.storage.global"},
	"keyVault": {"microsoft.keyvault"},
	"containerRegistry": set(),
}

targets contains {"pair": p, "prop": prop, "node": r} if {
	some p in inf.vnet_pairs
	some prop, _ in inf.dependency_props
	some r in azure.workspace_deps(p.workspace, prop)
}

applicable contains t.node.id if some t in targets

applicable contains p.workspace.id if {
	some p in inf.vnet_pairs
	some prop, _ in inf.dependency_props
	inf.unresolved_dependency(p.workspace, prop)
}

what(t) := sprintf("%s %s of workspace %s", [inf.dependency_props[t.prop], t.node.name, t.pair.workspace.name])

# service_subnets lists the cluster's node subnets with a service endpoint
# for the dependency that its network rules admit.
service_subnets(t) := [s |
	some s in network.cluster_subnet_refs(t.pair.cluster)
	some svc in services[t.prop]
	network.has_service_endpoint(s.props, svc)
	s.key in network.acl_subnet_keys(t.node)
]

missing(t) := " and no service endpoint on its node subnet that the network rules admit" if count(services[t.prop]) > 0

else := ""

finish(f, t) := object.union(f, {
	"msg": concat("", [f.msg, inf.heuristic_text([t.pair])]),
	"applies_to": t.node.id,
	"heuristic": t.pair.heuristic,
	"related": array.concat(object.get(f, "related", []), inf.pair_related(t.pair)),
})

deny contains finish(f, t) if {
	some t in targets
	r := inf.reach(network.endpoints_to(t.node), t.pair.cluster)
	r.state != "fine"
	count(service_subnets(t)) == 0
	not service_undetermined(t)
	f := inf.reach_finding(r, what(t), t.pair.cluster, {"resource": t.pair.workspace.id, "attr": ["properties", t.prop]}, missing(t))
}

# A node subnet has the service endpoint, and the resource's network rules
# name subnets the scan cannot resolve: one of them may be that subnet.
service_undetermined(t) if {
	some s in network.cluster_subnet_refs(t.pair.cluster)
	some svc in services[t.prop]
	network.has_service_endpoint(s.props, svc)
	some holder in array.concat([t.node], core.into(t.node, "L18"))
	some i, _ in object.get(holder.attrs, rules_path, [])
	path := array.concat(rules_path, [i, "id"])
	not core.absent(holder, path)
	not acl_linked(holder, path)
}

rules_path := ["properties", "networkAcls", "virtualNetworkRules"]

acl_linked(holder, path) if {
	some e in core.edges_out(holder)
	e.kind == "acl-subnet"
	core.path_is(e.attr, path)
}

deny contains finish(
	{
		"msg": inf.undetermined_msg(sprintf("Whether %s is reachable from AKS cluster %s through a service endpoint", [what(t), t.pair.cluster.name]), "a subnet its network rules admit", rules_path),
		"resource": t.node.id,
		"attr": rules_path,
		"level": "note",
		"undetermined": true,
	},
	t,
) if {
	some t in targets
	inf.reach(network.endpoints_to(t.node), t.pair.cluster).state != "fine"
	count(service_subnets(t)) == 0
	service_undetermined(t)
}

# Reachable through a service endpoint only: allowed, but the documented
# procedure uses private endpoints.
deny contains finish(
	{
		"msg": sprintf("%s is reached from AKS cluster %s through a service endpoint on subnet %s, not a private endpoint as the documented procedure sets up", [what(t), t.pair.cluster.name, s.name]),
		"resource": t.pair.workspace.id,
		"attr": ["properties", t.prop],
		"level": "note",
		"advisory": true,
		"related": [{"resource": s.node.id, "attr": array.concat(s.path, ["serviceEndpoints"]), "msg": sprintf("service endpoint on subnet %s", [s.name])}],
	},
	t,
) if {
	some t in targets
	inf.reach(network.endpoints_to(t.node), t.pair.cluster).state != "fine"
	s := service_subnets(t)[0]
}

# Supplementary: the default datastores use both blob and file.
deny contains finish(
	{
		"msg": sprintf("%s has a private endpoint for blob (%s) but none for file in the network of AKS cluster %s; the workspace's default datastores use both", [what(t), ep.pe.name, t.pair.cluster.name]),
		"resource": ep.pe.id,
		"attr": array.concat(core.path(array.slice(ep.path, 0, count(ep.path) - 2)), ["properties", "groupIds"]),
		"level": "warning",
	},
	t,
) if {
	some t in targets
	t.prop == "storageAccount"
	r := inf.reach(network.endpoints_to(t.node), t.pair.cluster)
	r.state == "fine"
	every ep in r.endpoints {
		ep.groups != null
		every g in ep.groups {
			is_string(g)
		}
	}
	groups := {lower(g) | some ep in r.endpoints; some g in ep.groups; is_string(g)}
	"blob" in groups
	not "file" in groups
	ep := [x | some x in r.endpoints; "blob" in {lower(g) | some g in x.groups; is_string(g)}][0]
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether the %s of workspace %s is reachable privately from AKS cluster %s", [inf.dependency_props[prop], p.workspace.name, p.cluster.name]), sprintf("the %s, not declared in the scan,", [inf.dependency_props[prop]]), ["properties", prop]),
	"resource": p.workspace.id,
	"attr": ["properties", prop],
	"level": "note",
	"undetermined": true,
} if {
	some p in inf.vnet_pairs
	some prop, _ in inf.dependency_props
	inf.unresolved_dependency(p.workspace, prop)
}
