# METADATA
# title: Kubelet identity can pull from the bootstrap registry
# description: >-
#   With your own bootstrap registry you also assign the permissions: the
#   kubelet identity, which pulls images on the nodes, needs AcrPull on the
#   registry (or on its resource group or subscription). AcrPush,
#   Contributor and Owner include pulling but grant more than needed. When
#   AKS creates the kubelet identity itself, the assignment can only name
#   it through the cluster's exported kubelet identity object ID.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-015
#   severity: warning
#   provenance: seed+supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (Bring Your Own ACR, permissions)
#   remediation: >-
#     Assign AcrPull on the bootstrap registry to the kubelet identity:
#     azurerm_role_assignment with scope = the registry ID,
#     role_definition_name = "AcrPull" and principal_id = the kubelet
#     identity's principal ID (or
#     azurerm_kubernetes_cluster.<name>.kubelet_identity[0].object_id); in
#     ARM and Bicep a roleAssignments resource scoped to the registry with
#     principalId set to properties.identityProfile.kubeletidentity.objectId.
#   scope: >-
#     Clusters meant to be network isolated that name their own bootstrap
#     registry (bootstrapProfile.containerRegistryId).
#   formats: [terraform, arm, bicep]
package iso.kubelet_acr_pull

import data.lib.core
import data.lib.iso
import data.lib.roles

kubelet_path := ["properties", "identityProfile", "kubeletidentity"]

object_id_path := array.concat(kubelet_path, ["objectId"])

acr_pull := roles.builtin.acrpull

broader_roles := {roles.builtin.acrpush, roles.builtin.contributor, roles.builtin.owner}

applicable contains p.cluster.id if some p in iso.registry_pairs

applicable contains u.cluster.id if some u in iso.unresolved_registry

# kubelet_identities lists the user-assigned identities a cluster names as
# its kubelet identity.
kubelet_identities(c) := [input.nodes[id] | some id in {e.to |
	some e in core.edges_out(c)
	array.slice(e.attr, 0, 3) == kubelet_path
	core.is_type(input.nodes[e.to], "Microsoft.ManagedIdentity/userAssignedIdentities")
}]

# kubelet_assignments lists the role assignments whose principal is the
# cluster's kubelet identity: through the identity's principal ID, the
# cluster's exported kubelet object ID, or an equal literal object ID.
kubelet_assignments(c) := [input.nodes[id] | some id in ids(c)]

ids(c) := ({a.ra.id |
	some u in kubelet_identities(c)
	some a in roles.assignments_to(u)
	a.target == ["properties", "principalId"]
} | {a.ra.id |
	some a in roles.assignments_to(c)
	a.target == object_id_path
}) | {ra.id |
	oid := core.value(c, object_id_path)
	is_string(oid)
	some ra in roles.assignments
	lower(core.value(ra, ["properties", "principalId"])) == lower(oid)
}

# declared holds when the configuration names the kubelet identity.
declared(c) if count(kubelet_identities(c)) > 0

declared(c) if not core.absent(c, object_id_path)

granting(c, r, guids) := [ra |
	some ra in kubelet_assignments(c)
	roles.role_guid(ra) in guids
	roles.covers(ra, r)
]

related(c, r) := array.concat(
	[{"resource": r.id, "attr": [], "msg": sprintf("bootstrap registry %s", [r.name])}],
	[{"resource": u.id, "attr": [], "msg": sprintf("kubelet identity %s", [u.name])} | some u in kubelet_identities(c)],
)

result(c, r, msg) := object.union(iso.at(c, iso.registry_path), {"msg": msg, "related": related(c, r)})

deny contains object.union(
	result(c, r, sprintf(
		"The kubelet identity of AKS cluster %s pulls from bootstrap registry %s through %s, which grants more than AcrPull",
		[c.name, r.name, concat(", ", sort({roles.role_name(ra) | some ra in broader}))],
	)),
	{"level": "note", "advisory": true},
) if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	count(granting(c, r, {acr_pull})) == 0
	broader := granting(c, r, broader_roles)
	count(broader) > 0
}

deny contains result(c, r, sprintf(
	"The kubelet identity of AKS cluster %s has no AcrPull role on bootstrap registry %s, so the nodes cannot pull images from it",
	[c.name, r.name],
)) if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	declared(c)
	not decided_elsewhere(c, r)
}

deny contains object.union(
	result(c, r, sprintf(
		"AKS cluster %s lets AKS create its kubelet identity and no role assignment gives it AcrPull on bootstrap registry %s; assign it through the cluster's kubelet_identity[0].object_id (properties.identityProfile.kubeletidentity.objectId)",
		[c.name, r.name],
	)),
	{"level": "note"},
) if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	not declared(c)
	not decided_elsewhere(c, r)
}

deny contains object.union(
	result(c, r, sprintf(
		"Whether the kubelet identity of AKS cluster %s can pull from bootstrap registry %s could not be determined: %s",
		[c.name, r.name, why],
	)),
	{"level": "note", "undetermined": true},
) if {
	some p in iso.registry_pairs
	[c, r] := [p.cluster, p.registry]
	count(granting(c, r, broader_roles | {acr_pull})) == 0
	why := undecided(c, r)
}

deny contains iso.unresolved_registry_note(u, "The AcrPull role of the kubelet identity on the bootstrap registry") if {
	some u in iso.unresolved_registry
}

# decided_elsewhere holds when another result covers the pair: a granting
# assignment, or something that keeps the check from deciding.
decided_elsewhere(c, r) if count(granting(c, r, broader_roles | {acr_pull})) > 0

decided_elsewhere(c, r) if undecided(c, r)

# undecided says why the check cannot decide.
undecided(c, r) := sprintf("the kubelet identity is unresolved (%s)", [iso.path_text(object_id_path)]) if {
	core.unknown(c, object_id_path)
	count(kubelet_identities(c)) == 0
	count([a | some a in roles.assignments_to(c); a.target == object_id_path]) == 0
} else := sprintf("the role of assignment %s is unresolved (properties.roleDefinitionId)", [ra.name]) if {
	some ra in kubelet_assignments(c)
	roles.role_unknown(ra)
} else := sprintf("the scope of assignment %s is unresolved (scope)", [ra.name]) if {
	some ra in kubelet_assignments(c)
	roles.scope_unknown(ra)
} else := sprintf("the principal of assignment %s is unresolved (properties.principalId)", [ra.name]) if {
	some ra in roles.assignments
	roles.principal_unknown(ra)
	core.unknown(ra, ["properties", "principalId"])
	roles.grants(ra, acr_pull)
	roles.covers(ra, r)
}
