# METADATA
# description: >-
#   The secure AKS inference environment of Azure ML (INF rules): which
#   workspaces, clusters and workspace dependencies are in scope, and how
#   findings name the pair that put them there.
package lib.inf

import data.lib.azure
import data.lib.core
import data.lib.network

# vnet_pairs are the S-AML-AKS pairs whose cluster is behind a VNet
# (scope S-AML-AKS-VNET).
vnet_pairs contains p if {
	some p in azure.aml_pairs
	azure.behind_vnet(p.cluster)
}

# pair_text names a pair for messages, saying when it is heuristic.
pair_text(p) := sprintf("AKS cluster %s attached to workspace %s", [p.cluster.name, p.workspace.name]) if not p.heuristic

pair_text(p) := sprintf("AKS cluster %s paired heuristically with workspace %s, the only workspace in the scan, through the cluster's Azure ML extension", [p.cluster.name, p.workspace.name]) if p.heuristic

# pair_related points at what forms a pair: the attached compute, or the
# Azure ML extension of a heuristic pair.
pair_related(p) := [{
	"resource": p.compute,
	"attr": ["properties", "resourceId"],
	"msg": sprintf("compute %s attaches AKS cluster %s to workspace %s", [input.nodes[p.compute].name, p.cluster.name, p.workspace.name]),
}] if p.compute != ""

pair_related(p) := [{
	"resource": e.id,
	"attr": ["scope"],
	"msg": sprintf("Azure ML extension %s on AKS cluster %s", [e.name, p.cluster.name]),
} |
	some e in azure.ml_extensions
	some c in azure.extension_cluster(e)
	c.id == p.cluster.id
] if p.compute == ""

# dependency_props are the workspace properties that name the resources
# the cluster must reach privately (INF-001), with what they are.
dependency_props := {
	"storageAccount": "storage account",
	"keyVault": "key vault",
	"containerRegistry": "container registry",
}

# unresolved_dependency holds when a workspace names a resource in prop that
# is not a node of the scan: an unknown value, or a literal ID of a
# resource declared elsewhere.
unresolved_dependency(w, prop) if {
	count(azure.workspace_deps(w, prop)) == 0
	not core.absent(w, ["properties", prop])
}

# external holds for a node declared outside the scan (a Terraform data
# source): its settings are unknown.
external(n) if n.facts.data_source == true

# path_text renders an attribute path for messages (a.b[0].c).
path_text(path) := concat("", [step_text(i, s) | some i, s in path])

step_text(_, s) := sprintf("[%d]", [s]) if is_number(s)

step_text(0, s) := s if is_string(s)

step_text(i, s) := sprintf(".%s", [s]) if {
	i > 0
	is_string(s)
}

# undetermined_msg is the wording of results that could not decide:
# "<subject> could not be determined: <what> is unresolved (<path>)".
undetermined_msg(subject, what, path) := sprintf("%s could not be determined: %s is unresolved (%s)", [subject, what, path_text(path)])

# workspace_storage lists the storage accounts a workspace uses: its own
# (L08) and those of its datastores (L12).
workspace_storage(w) := {s.id: s |
	some s in array.concat(azure.workspace_deps(w, "storageAccount"), [a | some ds in datastores(w); some a in datastore_accounts(ds)])
}

# datastores lists the datastores of a workspace (child resources).
datastores(w) := [ds |
	some ds in core.into(w, "parent")
	core.is_type(ds, datastore_type)
]

datastore_type := "Microsoft.MachineLearningServices/workspaces/datastores"

storage_type := "Microsoft.Storage/storageAccounts"

# datastore_accounts lists the storage accounts a datastore reads (L12):
# named directly, or through the container or file share it names.
datastore_accounts(ds) := [input.nodes[id] | some id in {a.id |
	some t in core.out(ds, "L12")
	some a in array.concat([t], core.out(t, "parent"))
	core.is_type(a, storage_type)
}]

# Private reachability of a resource from a cluster's network (§3): an
# endpoint is "fine" in the cluster's VNet or a VNet peered with it from
# both sides, "one_sided" when only a one-sided peering joins them.

# own_vnet_ids are the IDs of the cluster's own VNets.
own_vnet_ids(c) := {v.id | some v in network.cluster_vnets(c)}

# fine holds when an endpoint sits in the cluster's VNet, a VNet peered
# with it from both sides, or (when the profile accepts transitive
# peering) a VNet reached through other VNets.
fine(pe, c) if {
	some v in network.endpoint_vnets(pe)
	v.id in own_vnet_ids(c)
}

fine(pe, c) if {
	some v in network.endpoint_vnets(pe)
	some o in network.cluster_vnets(c)
	network.peered(o, v)
	not network.one_sided_peering(o, v)
}

fine(pe, c) if {
	input.context.transitive_peering
	network.endpoint_in_cluster_network(pe, c)
	not direct_peering(pe, c)
}

direct_peering(pe, c) if {
	some v in network.endpoint_vnets(pe)
	some o in network.cluster_vnets(c)
	network.peered(o, v)
}

# one_sided lists the one-sided peerings that alone bring an endpoint into
# the cluster's network, as {"cluster_vnet", "endpoint_vnet"}.
one_sided(pe, c) := [{"cluster_vnet": o, "endpoint_vnet": v} |
	some v in network.endpoint_vnets(pe)
	some o in network.cluster_vnets(c)
	network.one_sided_peering(o, v)
] if not fine(pe, c)

# outside holds when the scan knows an endpoint's VNet and the cluster's
# network, and the endpoint is not in it.
outside(pe, c) if {
	network.endpoint_vnet_resolved(pe)
	network.cluster_network_resolved(c)
	not network.endpoint_in_cluster_network(pe, c)
}

# reach classifies how a resource is reached privately from a cluster,
# over the given endpoints (as network.endpoints_to lists them):
#   {"state": "fine", "endpoints": [...]}        reachable
#   {"state": "one_sided", "endpoints": [...]}   only through one-sided peerings
#   {"state": "unknown", "why": ...}             the scan cannot tell: the
#                                                cluster's network, an endpoint's
#                                                subnet, or endpoint targets
#   {"state": "outside", "endpoints": [...]}     endpoints only in other VNets
#   {"state": "none"}                            no endpoint at all
reach(eps, c) := {"state": "fine", "endpoints": fines} if {
	fines := [ep | some ep in eps; fine(ep.pe, c)]
	count(fines) > 0
} else := {"state": "one_sided", "endpoints": sided} if {
	sided := [ep | some ep in eps; count(one_sided(ep.pe, c)) > 0]
	count(sided) > 0
} else := {"state": "unknown", "why": "cluster"} if {
	not network.cluster_network_resolved(c)
} else := {"state": "unknown", "why": "endpoint", "endpoints": open} if {
	open := [ep | some ep in eps; not network.endpoint_vnet_resolved(ep.pe)]
	count(open) > 0
} else := {"state": "outside", "endpoints": eps} if {
	count(eps) > 0
} else := {"state": "unknown", "why": "targets"} if {
	count(network.unresolved_endpoints) > 0
} else := {"state": "none"}

# vnet_names renders VNet nodes for messages.
vnet_names(vs) := concat(", ", sort({v.name | some v in vs}))

# cluster_network_text names a cluster's VNets for messages.
cluster_network_text(c) := sprintf("the VNet of AKS cluster %s (%s)", [c.name, vnet_names(network.cluster_vnets(c))])

# subnet_attr is where an endpoint names its subnet.
subnet_attr := ["properties", "subnet", "id"]

# cluster_unresolved_attr is where the cluster names the subnet the scan
# cannot follow.
cluster_unresolved_attr(c) := network.unresolved_pools(c)[0].path if {
	count(network.unresolved_pools(c)) > 0
} else := ["properties", "agentPoolProfiles", 0, "vnetSubnetID"]

# cluster_unresolved_node is the node that names that subnet.
cluster_unresolved_node(c) := network.unresolved_pools(c)[0].node.id if {
	count(network.unresolved_pools(c)) > 0
} else := c.id

# endpoint_related points at an endpoint's subnet, naming its VNet.
endpoint_related(ep) := {
	"resource": ep.pe.id,
	"attr": subnet_attr,
	"msg": sprintf("private endpoint %s in VNet %s", [ep.pe.name, vnet_names(network.endpoint_vnets(ep.pe))]),
}

# cluster_related points at the cluster's node subnet.
cluster_related(c) := {
	"resource": c.id,
	"attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"],
	"msg": sprintf("AKS cluster %s", [c.name]),
}

# vnet_dependencies maps the ID of every resource that a workspace of
# S-AML-AKS-VNET names in prop to the pairs that put it in scope.
vnet_dependencies(prop) := {r.id: [p |
	some p in vnet_pairs
	some x in azure.workspace_deps(p.workspace, prop)
	x.id == r.id
] |
	some q in vnet_pairs
	some r in azure.workspace_deps(q.workspace, prop)
}

# unresolved_vnet_dependencies maps the ID of every workspace of
# S-AML-AKS-VNET that names a resource in prop the scan cannot resolve to
# its pairs.
unresolved_vnet_dependencies(prop) := {w.id: [p | some p in vnet_pairs; p.workspace.id == w.id] |
	some q in vnet_pairs
	w := q.workspace
	unresolved_dependency(w, prop)
}

# all_heuristic holds when only heuristic pairs are given.
all_heuristic(pairs) if {
	every p in pairs {
		p.heuristic
	}
}

# heuristic_of says whether only heuristic pairs are given.
heuristic_of(pairs) if all_heuristic(pairs)

else := false

# users_related points at the workspaces of pairs that name a resource in prop.
users_related(pairs, prop) := [{
	"resource": w.id,
	"attr": ["properties", prop],
	"msg": sprintf("workspace %s uses it", [w.name]),
} |
	some id in {p.workspace.id | some p in pairs}
	w := input.nodes[id]
]

# reach_finding turns a reach outcome that is not "fine" into a result
# about a resource: what names it ("workspace mlw"), anchor
# ({"resource", "attr"}) is where a missing endpoint is reported, and
# missing completes the sentence for a resource with no acceptable path.
reach_finding(r, what, c, _, _) := {
	"msg": sprintf("%s is reached through private endpoint %s in VNet %s, which is peered with %s from one side only; Azure needs the peering declared on both VNets", [what, ep.pe.name, sided_names(ep.pe, c), cluster_network_text(c)]),
	"resource": ep.pe.id,
	"attr": subnet_attr,
	"level": "warning",
	"related": [cluster_related(c)],
} if {
	r.state == "one_sided"
	ep := r.endpoints[0]
}

reach_finding(r, what, c, _, _) := {
	"msg": undetermined_msg(sprintf("Whether %s is reachable privately from AKS cluster %s", [what, c.name]), cluster_unresolved_what(c), cluster_unresolved_attr(c)),
	"resource": cluster_unresolved_node(c),
	"attr": cluster_unresolved_attr(c),
	"level": "note",
	"undetermined": true,
} if {
	r.state == "unknown"
	r.why == "cluster"
}

reach_finding(r, what, c, _, _) := {
	"msg": undetermined_msg(sprintf("Whether %s is reachable privately from AKS cluster %s", [what, c.name]), sprintf("the subnet of private endpoint %s", [ep.pe.name]), subnet_attr),
	"resource": ep.pe.id,
	"attr": subnet_attr,
	"level": "note",
	"undetermined": true,
	"related": [cluster_related(c)],
} if {
	r.state == "unknown"
	r.why == "endpoint"
	ep := r.endpoints[0]
}

reach_finding(r, what, c, anchor, missing) := {
	"msg": sprintf("%s has no private endpoint in %s or a VNet peered with it%s: %s", [what, cluster_network_text(c), missing, concat("; ", [sprintf("%s is in VNet %s", [ep.pe.name, vnet_names(network.endpoint_vnets(ep.pe))]) | some ep in r.endpoints])]),
	"resource": r.endpoints[0].pe.id,
	"attr": subnet_attr,
	"related": array.concat([cluster_related(c), object.union(anchor, {"msg": what})], [endpoint_related(ep) | some ep in array.slice(r.endpoints, 1, count(r.endpoints))]),
} if {
	r.state == "outside"
}

reach_finding(r, what, c, anchor, _) := object.union(anchor, {
	"msg": undetermined_msg(sprintf("Whether %s has a private endpoint in the network of AKS cluster %s", [what, c.name]), sprintf("the target of private endpoint %s", [network.unresolved_endpoints[0].name]), ["properties", "privateLinkServiceConnections"]),
	"level": "note",
	"undetermined": true,
	"related": [{
		"resource": network.unresolved_endpoints[0].id,
		"attr": ["properties", "privateLinkServiceConnections"],
		"msg": sprintf("private endpoint %s", [network.unresolved_endpoints[0].name]),
	}],
}) if {
	r.state == "unknown"
	r.why == "targets"
}

reach_finding(r, what, c, anchor, missing) := object.union(anchor, {
	"msg": sprintf("%s has no private endpoint in %s or a VNet peered with it%s", [what, cluster_network_text(c), missing]),
	"related": [cluster_related(c)],
}) if {
	r.state == "none"
}

# sided_names names the VNets of an endpoint joined to the cluster's
# network by a one-sided peering.
sided_names(pe, c) := concat(", ", sort({s.endpoint_vnet.name | some s in one_sided(pe, c)}))

# cluster_unresolved_what says what about the cluster's network is unknown.
cluster_unresolved_what(c) := sprintf("the VNet of AKS cluster %s, which names no node subnet (an AKS-managed VNet),", [c.name]) if {
	count(network.pool_subnets(c)) == 0
} else := sprintf("the node subnet of AKS cluster %s, or its VNet,", [c.name])

# environment_targets lists the resources of a pair's inference
# environment that private endpoints serve (INF-001, INF-002, INF-005):
# the workspace (group amlworkspace), its storage account, key vault and
# registry, and the storage accounts of its datastores.
environment_targets(p) := array.concat(
	[{"node": p.workspace, "group": "amlworkspace", "what": sprintf("workspace %s", [p.workspace.name])}],
	array.concat(
		[{"node": r, "group": null, "what": sprintf("%s %s", [dependency_props[prop], r.name])} |
			some prop, _ in dependency_props
			some r in azure.workspace_deps(p.workspace, prop)
		],
		[{"node": s, "group": null, "what": sprintf("storage account %s", [s.name])} |
			some ds in datastores(p.workspace)
			some s in datastore_accounts(ds)
		],
	),
)

# environment_endpoints lists the private endpoints that serve a pair's
# inference environment, with their target, leaving out those the scan
# places outside the cluster's network.
environment_endpoints(p) := [{"pe": ep.pe, "target": t} |
	some t in environment_targets(p)
	some ep in network.endpoints_to(t.node)
	group_ok(ep, t.group)
	not outside(ep.pe, p.cluster)
]

group_ok(_, g) if g == null

group_ok(ep, g) if {
	g != null
	network.has_group(ep, g)
}

# unknown_within holds when the value at path, or any value inside it,
# cannot be known (an unknown element of a list, such as a dynamic block
# whose for_each is unknown).
unknown_within(node, path) if core.unknown(node, path)

unknown_within(node, path) if {
	some u in node.unknown
	count(u) > count(path)
	array.slice(u, 0, count(path)) == core.steps(path)
}

# unknown_at returns the first path at or inside path that cannot be known.
unknown_at(node, path) := path if {
	core.unknown(node, path)
} else := core.path(u) if {
	u := [x |
		some x in node.unknown
		count(x) > count(path)
		array.slice(x, 0, count(path)) == core.steps(path)
	][0]
}

# heuristic_text ends a message with the heuristic pairing when only
# heuristic pairs put the resource in scope (§8.6), else is empty.
heuristic_text(pairs) := sprintf(" (%s)", [concat("; ", sort({pair_text(p) | some p in pairs}))]) if {
	all_heuristic(pairs)
} else := ""
