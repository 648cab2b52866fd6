# METADATA
# title: Property unknown to the resource type's schema
# description: >-
#   ARM accepts a resource body with a property its type does not have and
#   drops it without an error, so a misspelt setting (enablePrivateClusters
#   for enablePrivateCluster) leaves the resource as if the setting were
#   never written while the template looks right. The Azure resource type
#   schemas (bicep-types-az) list, per type and apiVersion, the properties
#   that exist; a property that no apiVersion of the type has is reported,
#   with the nearest name the declared apiVersion has when one is close.
#   Names are compared ignoring case, as ARM does. A read-only property
#   (one Azure sets, such as provisioningState or fqdn) is reported as a
#   note: the value written is ignored too.
# related_resources:
#   - ref: https://github.com/Azure/bicep-types-az
#     description: Azure resource type schemas (bicep-types-az), the data moat embeds
#   - ref: https://learn.microsoft.com/azure/azure-resource-manager/bicep/diagnostics/bcp037
#     description: Bicep BCP037, the compiler's warning for the same problem
# custom:
#   id: AZR-SCH-001
#   severity: warning
#   provenance: supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: >-
#       ネットワーク分離クラスターの仕組み (How it works): the cluster settings the seeds
#       require only take effect when Azure reads them; this check covers
#       every property of the catalog's resource types
#   remediation: >-
#     Correct the property name to the one the message suggests, or look the
#     property up in the resource type's reference for the declared
#     apiVersion. Remove read-only properties: Azure sets them.
#   scope: >-
#     ARM, Bicep and azapi resources of the catalog's types
#     (REQUIREMENTS.md §2) whose apiVersion the schema data has; existing
#     resources and data sources are not deployed, so not checked.
#   formats: [terraform, arm, bicep]
package sch.unknown_property

import data.lib.schema

applicable contains n.id if {
	some n in schema.checked
	n.facts.schema.status == "known"
}

deny contains {
	"msg": sprintf("%s: %s is not a property of the type at any apiVersion, so Azure ignores it%s", [schema.label(n), p.path, hint(p)]),
	"resource": n.id,
	"attr": p.attr,
	"applies_to": n.id,
	"key": true,
} if {
	some x in schema.problems("unknown")
	n := x.node
	p := x.problem
}

deny contains {
	"msg": sprintf("%s: %s is read-only, so Azure ignores the value written", [schema.label(n), p.path]),
	"resource": n.id,
	"attr": p.attr,
	"applies_to": n.id,
	"key": true,
	"level": "note",
} if {
	some x in schema.problems("read_only")
	n := x.node
	p := x.problem
}

hint(p) := sprintf(" (did you mean %s?)", [p.suggestion]) if p.suggestion != ""

hint(p) := "" if p.suggestion == ""
