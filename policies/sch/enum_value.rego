# METADATA
# title: Value outside the enum of the declared apiVersion
# description: >-
#   A value that the declared apiVersion does not list for a property is
#   rejected or ignored: outboundType none under managedClusters@2024-02-01
#   predates the isolated outbound type, so the cluster keeps its egress
#   path. A value outside a closed enum is always reported; for an open
#   enum (one that accepts any string) only when another apiVersion lists
#   the value, because then the declared one predates it. The finding
#   names the earliest GA and preview apiVersions that list the value. It
#   is an error when one of the catalog's rules reads the property, a
#   warning otherwise. Values are compared ignoring case.
# related_resources:
#   - ref: https://github.com/Azure/bicep-types-az
#     description: Azure resource type schemas (bicep-types-az), the data moat embeds
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004), whose outbound type none needs apiVersion 2025-01-01 or later
# custom:
#   id: AZR-SCH-003
#   severity: error
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: >-
#       ネットワーク分離クラスターの仕組み (How it works): outbound type none
#       exists only from some apiVersions on
#   remediation: >-
#     Use a value the declared apiVersion lists, or declare an apiVersion
#     that lists the value (the message names the first GA and preview
#     ones).
#   scope: >-
#     ARM, Bicep and azapi resources of the catalog's types
#     (REQUIREMENTS.md §2) whose apiVersion the schema data has; string
#     values of properties whose schema is an enum.
#   formats: [terraform, arm, bicep]
package sch.enum_value

import data.lib.schema

applicable contains n.id if {
	some n in schema.checked
	n.facts.schema.status == "known"
}

deny contains object.union(
	{
		"msg": sprintf("%s: %s is %s, which apiVersion %s does not list (it lists %s); %s", [schema.label(n), p.path, quoted(p.value), n.facts.schema.api_version, members(p), schema.where(p, "lists it", "list it")]),
		"resource": n.id,
		"attr": p.attr,
		"applies_to": n.id,
	},
	schema.level(n, p),
) if {
	some x in schema.problems("value")
	n := x.node
	p := x.problem
	count(p.versions) > 0
}

deny contains object.union(
	{
		"msg": sprintf("%s: %s is %s, which no apiVersion lists (apiVersion %s lists %s)", [schema.label(n), p.path, quoted(p.value), n.facts.schema.api_version, members(p)]),
		"resource": n.id,
		"attr": p.attr,
		"applies_to": n.id,
	},
	schema.level(n, p),
) if {
	some x in schema.problems("value")
	n := x.node
	p := x.problem
	count(p.versions) == 0
}

quoted(v) := sprintf("'%s'", [v])

# members shows the members the declared version allows, ten at most.
members(p) := concat(", ", p.values) if count(p.values) <= 10

members(p) := sprintf("%s and %d more", [concat(", ", array.slice(p.values, 0, 10)), count(p.values) - 10]) if count(p.values) > 10
