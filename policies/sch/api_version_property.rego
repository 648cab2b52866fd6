# METADATA
# title: Property missing from the declared apiVersion
# description: >-
#   A property that some apiVersions of a resource type have is dropped
#   without an error when the template declares an apiVersion that lacks
#   it: bootstrapProfile under managedClusters@2024-05-01 leaves the
#   cluster bootstrapping from the public registry although the template
#   asks for the artifact cache. The finding names the earliest GA and
#   preview apiVersions that have the property, or the last one when a
#   later apiVersion dropped it. It is an error when one of the catalog's
#   rules reads that property (those rules then judge a setting Azure
#   never applies), a warning otherwise.
# related_resources:
#   - ref: https://github.com/Azure/bicep-types-az
#     description: Azure resource type schemas (bicep-types-az), the data moat embeds
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004), whose bootstrap profile needs apiVersion 2025-01-01 or later
# custom:
#   id: AZR-SCH-002
#   severity: error
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: >-
#       ネットワーク分離クラスターの仕組み (How it works): the bootstrap profile
#       (artifact source Cache) and the outbound type exist only from some
#       apiVersions on
#   remediation: >-
#     Declare an apiVersion that has the property (the message names the
#     first GA and preview ones), or remove the property.
#   scope: >-
#     ARM, Bicep and azapi resources of the catalog's types
#     (REQUIREMENTS.md §2) whose apiVersion the schema data has.
#   formats: [terraform, arm, bicep]
package sch.api_version_property

import data.lib.schema

applicable contains n.id if {
	some n in schema.checked
	n.facts.schema.status == "known"
}

deny contains object.union(
	{
		"msg": sprintf("%s: %s is not in apiVersion %s, so Azure ignores it; %s", [schema.label(n), p.path, n.facts.schema.api_version, schema.where(p, "has it", "have it")]),
		"resource": n.id,
		"attr": p.attr,
		"applies_to": n.id,
		"key": true,
	},
	schema.level(n, p),
) if {
	some x in schema.problems("version")
	n := x.node
	p := x.problem
}
