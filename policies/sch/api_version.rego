# METADATA
# title: apiVersion unknown for the resource type
# description: >-
#   A deployment fails when a resource declares an apiVersion its type does
#   not have, and a misread date (2024-13-01, 2024-05-01-previw) is easy to
#   miss in review. An apiVersion that is not a date with an optional
#   -preview (or -alpha, -beta, -privatepreview) suffix is an error. The
#   schema data has the apiVersions of the catalog's resource types from
#   2022-01-01 on; a well-formed one in that span that the data lacks is a
#   warning, since a resource provider can accept a version the published
#   schemas leave out (roleAssignments 2022-01-01-preview). Both name the
#   newest GA and preview apiVersions. One dated after the newest the data
#   has is a note (the data may predate it, and its properties go
#   unchecked); one older than the data is not judged.
# related_resources:
#   - ref: https://github.com/Azure/bicep-types-az
#     description: Azure resource type schemas (bicep-types-az), the data moat embeds
#   - ref: https://learn.microsoft.com/azure/azure-resource-manager/templates/syntax#resources
#     description: ARM template resources, whose apiVersion is required
# custom:
#   id: AZR-SCH-004
#   severity: error
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: >-
#       ネットワーク分離クラスターの仕組み (How it works): the settings the seeds
#       require are checked against the declared apiVersion, which must exist
#   remediation: >-
#     Declare an apiVersion of the resource type; the message names the
#     newest GA and preview ones.
#   scope: >-
#     ARM, Bicep and azapi resources of the catalog's types
#     (REQUIREMENTS.md §2) with an apiVersion dated 2022-01-01 or later.
#   formats: [terraform, arm, bicep]
package sch.api_version

import data.lib.schema

applicable contains n.id if {
	some n in schema.checked
	n.facts.schema.status != "older"
}

deny contains {
	"msg": sprintf("%s %s: apiVersion %s is not a date with an optional -preview suffix; the newest %s", [s.type, n.name, s.api_version, newest(s)]),
	"resource": n.id,
	"attr": ["apiVersion"],
	"applies_to": n.id,
} if {
	some n in schema.checked
	s := n.facts.schema
	s.status == "malformed"
}

deny contains {
	"msg": sprintf("%s %s: apiVersion %s is not a version of the type in the schema data; the newest %s", [s.type, n.name, s.api_version, newest(s)]),
	"resource": n.id,
	"attr": ["apiVersion"],
	"applies_to": n.id,
	"level": "warning",
} if {
	some n in schema.checked
	s := n.facts.schema
	s.status == "unknown"
}

deny contains {
	"msg": sprintf("%s %s: apiVersion %s is newer than the schema data moat carries (newest %s), so its properties are not checked", [s.type, n.name, s.api_version, concat(" and ", latest(s))]),
	"resource": n.id,
	"attr": ["apiVersion"],
	"applies_to": n.id,
	"level": "note",
} if {
	some n in schema.checked
	s := n.facts.schema
	s.status == "newer"
}

# latest lists the newest GA and preview apiVersions of the type; a type
# may have no preview (the network types) or no GA apiVersion.
latest(s) := [v | some v in [s.latest_ga, s.latest_preview]; v != ""]

newest(s) := sprintf("are %s (GA) and %s", [s.latest_ga, s.latest_preview]) if count(latest(s)) == 2

newest(s) := sprintf("is %s (GA)", [s.latest_ga]) if {
	count(latest(s)) == 1
	s.latest_ga != ""
}

newest(s) := sprintf("is %s", [s.latest_preview]) if {
	count(latest(s)) == 1
	s.latest_preview != ""
}
