# METADATA
# description: >-
#   Network-isolated clusters (scope S-ISO) as the ISO rules read them: why
#   a cluster is in scope, their settings and bootstrap registries.
package lib.iso

import data.lib.azure
import data.lib.core
import data.lib.network

outbound_path := ["properties", "networkProfile", "outboundType"]

artifact_path := ["properties", "bootstrapProfile", "artifactSource"]

registry_path := ["properties", "bootstrapProfile", "containerRegistryId"]

# clusters are the S-ISO clusters.
clusters := [c |
	some c in azure.clusters
	in_scope(c)
]

in_scope(c) if azure.isolated(c)

in_scope(c) if cache(c)

in_scope(c) if isolating_outbound(c)

# outbound is a cluster's outbound type, lower-cased; loadBalancer when
# absent (§1.1); undefined when unknown.
outbound(c) := v if {
	v := core.lower_value(c, outbound_path)
} else := "loadbalancer" if {
	core.absent(c, outbound_path)
}

# isolating_outbound holds for outbound type none, or block while the
# catalog's unverified item U1 is accepted.
isolating_outbound(c) if outbound(c) == "none"

isolating_outbound(c) if {
	outbound(c) == "block"
	block_accepted
}

block_accepted if object.get(input.context, ["unverified", "block_outbound_type"], true)

# cache holds for a cluster that bootstraps from the artifact cache.
cache(c) if core.lower_value(c, artifact_path) == "cache"

# tagged holds for a cluster carrying the profile's isolation tag.
tagged(c) if core.is_true(core.value(c, ["tags", input.context.isolation_tag]))

# profiled holds for a cluster the profile says is network isolated: the
# manifests' cluster, or the cluster of a set of manifests.
profiled(c) if {
	input.context.network_isolated
	c.id == input.context.cluster
}

profiled(c) if c.id in object.get(input.context, "isolated_clusters", [])

# by_set holds for a cluster a manifest set of the profile names as
# isolated, which no heuristic chose.
by_set(c) if {
	c.id in object.get(input.context, "isolated_clusters", [])
	not c.id == input.context.cluster
}

# intended holds for a cluster meant to be isolated for a reason other than
# its outbound type: artifact source Cache, the tag, or the profile.
intended(c) if cache(c)

intended(c) if tagged(c)

intended(c) if profiled(c)

# heuristic says whether only a heuristic puts the cluster in scope: the
# profile marks the manifests' cluster, which is the scan's only cluster.
heuristic(c) if {
	profiled(c)
	input.context.cluster_heuristic
	not by_set(c)
	not cache(c)
	not tagged(c)
	not isolating_outbound(c)
} else := false

# reason names why a cluster is in scope, for messages.
reason(c) := "its artifact source is Cache" if {
	cache(c)
} else := sprintf("its outbound type is %s", [core.value(c, outbound_path)]) if {
	isolating_outbound(c)
} else := sprintf("it carries the tag %s", [input.context.isolation_tag]) if {
	tagged(c)
} else := "the scan profile marks it as network isolated"

# byo_registry holds for an S-ISO cluster that names its own bootstrap
# registry (scope S-ISO-BYOACR), resolved or not.
byo_registry(c) if not core.absent(c, registry_path)

# registries lists the bootstrap registries of a cluster (L17).
registries(c) := azure.bootstrap_registries(c)

# registry_pairs are the (cluster, registry) pairs of scope S-ISO-BYOACR
# where the scan resolves the registry.
registry_pairs contains {"cluster": c, "registry": r} if {
	some c in clusters
	byo_registry(c)
	some r in registries(c)
}

# unresolved_registry lists the S-ISO-BYOACR clusters whose registry the
# scan does not hold, with where it is named.
unresolved_registry contains {"cluster": c, "node": c} if {
	some c in clusters
	byo_registry(c)
	count(registries(c)) == 0
}

# registry_clusters lists the S-ISO clusters bootstrapping from a registry.
registry_clusters(r) := [p.cluster | some p in registry_pairs; p.registry.id == r.id]

# byo_registries are the bootstrap registries of S-ISO clusters that the
# scan resolves, each once.
byo_registries := [input.nodes[id] | some id in {p.registry.id | some p in registry_pairs}]

# registry_related lists, for a bootstrap registry, the clusters naming it.
registry_related(r) := [{
	"resource": c.id,
	"attr": registry_path,
	"msg": sprintf("AKS cluster %s bootstraps from this registry", [c.name]),
} |
	some c in registry_clusters(r)
]

# registry_heuristic holds when only heuristics put the registry's
# clusters in scope.
registry_heuristic(r) := false if {
	some c in registry_clusters(r)
	not heuristic(c)
} else := true

# registry_at are the result fields of a finding on a bootstrap registry.
registry_at(r, path) := {
	"resource": r.id,
	"attr": path,
	"applies_to": r.id,
	"heuristic": registry_heuristic(r),
	"related": registry_related(r),
}

# unresolved_registry_note is the note a registry rule emits for a cluster
# whose bootstrap registry is not in the scan; check says what could not
# be decided.
unresolved_registry_note(u, check) := {
	"msg": sprintf(
		"%s of AKS cluster %s could not be determined: the registry is unresolved or outside the scan (%s)",
		[check, u.cluster.name, path_text(registry_path)],
	),
	"resource": u.node.id,
	"attr": registry_path,
	"applies_to": u.cluster.id,
	"heuristic": heuristic(u.cluster),
	"level": "note",
	"undetermined": true,
}

# Result fields shared by the rules about a cluster setting: where the
# value lives, and the cluster the result is about.
at(c, path) := {
	"resource": c.id,
	"attr": path,
	"applies_to": c.id,
	"heuristic": heuristic(c),
}

# undetermined builds the note a rule emits when a cluster setting it
# needs is unknown: "<check> could not be determined: <what> is unresolved
# (<path>)".
undetermined(c, check, what, path) := object.union(at(c, path), {
	"msg": sprintf("%s could not be determined: %s is unresolved (%s)", [check, what, path_text(path)]),
	"level": "note",
	"undetermined": true,
})

# path_text renders an attribute path for messages and as Facts["defaults"]
# lists it: properties.agentPoolProfiles[0].vnetSubnetID.
path_text(path) := concat("", [step_text(i, s) | some i, s in path])

step_text(_, s) := sprintf("[%d]", [s]) if is_number(s)

step_text(0, s) := s if is_string(s)

step_text(i, s) := sprintf(".%s", [s]) if {
	i > 0
	is_string(s)
}

# defaulted holds when the parser wrote the value at path as a provider
# default (§1.1) because the configuration omits it.
defaulted(n, path) if path_text(path) in object.get(n, ["facts", "defaults"], [])

# own_vnet holds when a node pool of the cluster is known to run in a
# subnet of your own: a resolved subnet link (L01) or a known subnet ID.
own_vnet(c) if {
	some p in network.pool_subnets(c)
	count(p.subnets) > 0
}

own_vnet(c) if {
	some p in network.pool_subnets(c)
	core.known(p.node, p.path)
}

# unresolved_pool_subnets lists the node pools whose subnet is an unknown
# value the scan resolves to no subnet: {node, path}.
unresolved_pool_subnets(c) := [{"node": p.node, "path": p.path} |
	some p in network.pool_subnets(c)
	count(p.subnets) == 0
	core.unknown(p.node, p.path)
]

# pool_subnet_related lists a cluster's node pool subnets as related
# locations.
pool_subnet_related(c) := [{"resource": p.node.id, "attr": p.path, "msg": "node pool subnet"} | some p in network.pool_subnets(c)]

# pool_name names a node pool ({node, path} of lib.azure.node_pools).
pool_name(p) := n if {
	n := object.get(p.node.attrs, array.concat(p.path, ["name"]), null)
	is_string(n)
	p.path != ["properties"]
} else := p.node.name
