# METADATA
# description: >-
#   Role assignments (L13): which built-in role they grant, to which
#   principal and on which scope, as catalog §2.6 matches them.
package lib.roles

import data.lib.core

assignment_type := "Microsoft.Authorization/roleAssignments"

resource_group_type := "Microsoft.Resources/resourceGroups"

# builtin maps the lower-cased names of the built-in roles the catalog uses
# to their GUIDs (§2.6, plus AcrPush for AZR-ISO-015).
builtin := {
	"cognitive services openai user": "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
	"cognitive services openai contributor": "a001fd3d-188f-4b5d-821b-7da978bf7442",
	"cognitive services user": "a97b65f3-24c7-4388-baec-2e87135dc908",
	"storage blob data contributor": "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
	"storage blob data owner": "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
	"storage account contributor": "17d1049b-9a84-46fb-8f53-869881c3d3ab",
	"acrpull": "7f951dda-4ed3-4680-a7ca-43fe172d538d",
	"acrpush": "8311e382-0749-4cb8-b61a-304f252e45ec",
	"owner": "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
	"contributor": "b24988ac-6180-42a0-ab88-20f7382dd24c",
}

# names maps the GUIDs back to role names, for messages.
names := {
	"5e0bd9bd-7b93-4f28-af87-19fc36ad61bd": "Cognitive Services OpenAI User",
	"a001fd3d-188f-4b5d-821b-7da978bf7442": "Cognitive Services OpenAI Contributor",
	"a97b65f3-24c7-4388-baec-2e87135dc908": "Cognitive Services User",
	"ba92f5b4-2d11-453d-a403-e96b0029c9fe": "Storage Blob Data Contributor",
	"b7e6dc6d-f1e8-4753-8033-0f276bb0955b": "Storage Blob Data Owner",
	"17d1049b-9a84-46fb-8f53-869881c3d3ab": "Storage Account Contributor",
	"7f951dda-4ed3-4680-a7ca-43fe172d538d": "AcrPull",
	"8311e382-0749-4cb8-b61a-304f252e45ec": "AcrPush",
	"8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
	"b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
}

role_path := ["properties", "roleDefinitionId"]

# role_guid returns the lower-case GUID of the role an assignment grants:
# the last segment of roleDefinitionId (a literal ID, or what
# subscriptionResourceId() and friends evaluate to), the Terraform
# role_definition_name of a built-in role, or a role definition data
# source the assignment references.
role_guid(ra) := g if {
	g := id_guid(core.value(ra, role_path))
} else := g if {
	g := builtin[lower(ra.facts.role_definition_name)]
} else := g if {
	some e in core.edges_out(ra)
	e.kind == "reference"
	core.path_is(e.attr, role_path)
	g := definition_guid(input.nodes[e.to])
}

id_guid(id) := lower(g) if {
	is_string(id)
	parts := split(trim_right(id, "/"), "/")
	g := parts[count(parts) - 1]
	core.guid(g)
}

# A role definition data source: by name, or by its role ID.
definition_guid(d) := builtin[lower(d.attrs.name)]

definition_guid(d) := id_guid(d.attrs.role_definition_id) if not builtin[lower(d.attrs.name)]

# role_name names the role an assignment grants, for messages.
role_name(ra) := names[role_guid(ra)] if {
	names[role_guid(ra)]
} else := ra.facts.role_definition_name if {
	ra.facts.role_definition_name
} else := sprintf("role %s", [role_guid(ra)]) if {
	role_guid(ra)
} else := "an unresolved role"

# role_unknown holds when the role an assignment grants cannot be known.
role_unknown(ra) if {
	not role_guid(ra)
	not ra.facts.role_definition_name
	not core.known(ra, role_path)
}

# grants holds when an assignment grants the role with GUID guid.
grants(ra, guid) if role_guid(ra) == lower(guid)

# assignments lists every role assignment of the scan.
assignments := core.nodes_of_type(assignment_type)

# assignments_to lists the assignments whose principal resolves to the
# given node (L13), with the attribute of that node the principal ID reads
# (identity.principalId, properties.principalId, the kubelet identity's
# objectId…).
assignments_to(principal) := [{"ra": input.nodes[e.from], "target": e.target} |
	some e in core.edges_in(principal)
	e.kind == "L13"
]

# principal_ids lists the nodes an assignment's principal resolves to.
principal_ids(ra) := [p.id | some p in core.out(ra, "L13")]

# principal_unknown holds when an assignment's principal cannot be resolved
# to a node of the scan.
principal_unknown(ra) if count(principal_ids(ra)) == 0

# scope_is holds when an assignment's scope is the resource itself.
scope_is(ra, r) if {
	some s in core.out(ra, "L13-scope")
	s.id == r.id
}

# covers holds when an assignment's scope contains the resource: the
# resource, its resource group, or a subscription (§6 INF-009, WI-004).
covers(ra, r) if scope_is(ra, r)

covers(ra, r) if {
	some g in core.out(ra, "L13-scope")
	core.is_type(g, resource_group_type)
	same_group(g.name, r)
}

covers(ra, r) if {
	s := core.value(ra, ["scope"])
	is_string(s)
	parts := split(trim(lower(s), "/"), "/")
	scope_parts_cover(parts, r)
}

# A scope-less ARM or Bicep assignment applies to the deployment's
# resource group: the resources deployed to the same group (the parser's
# deployment_group fact: the group's name, or the deployment's own
# placeholder when the name is known only at deployment).
covers(ra, r) if {
	core.absent(ra, ["scope"])
	ra.format in {"arm", "bicep"}
	count(core.out(ra, "L13-scope")) == 0
	ra.facts.deployment_group == r.facts.deployment_group
}

scope_parts_cover(parts, _) if {
	count(parts) == 2
	parts[0] == "subscriptions"
}

scope_parts_cover(parts, r) if {
	count(parts) == 4
	parts[0] == "subscriptions"
	parts[2] == "resourcegroups"
	same_group(parts[3], r)
}

same_group(name, r) if lower(name) == lower(r.facts.resource_group_name)

# broader holds when an assignment covers the resource through its
# resource group or subscription rather than the resource itself.
broader(ra, r) if {
	covers(ra, r)
	not scope_is(ra, r)
}

# scope_unknown holds when an assignment's scope cannot be resolved.
scope_unknown(ra) if {
	core.unknown(ra, ["scope"])
	count(core.out(ra, "L13-scope")) == 0
}
