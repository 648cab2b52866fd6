# METADATA
# title: Workspace storage with a private endpoint allows trusted Azure services
# description: >-
#   A storage account of the inference environment that is reached through
#   a private endpoint must keep the exception that lets trusted Azure
#   services through its firewall (bypass AzureServices); Azure Machine
#   Learning relies on it. The exception is on by default; an explicit
#   bypass list without AzureServices turns it off.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-013
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 特別な注意 (Special notes, 5th bullet); 001 Remarques spéciales (5th bullet)
#   remediation: >-
#     Include AzureServices in the storage account's network rule bypass
#     list (network_rules.bypass in Terraform, properties.networkAcls.bypass
#     in ARM and Bicep), or leave bypass unset.
#   scope: >-
#     The storage account of an Azure ML workspace attached to an AKS
#     cluster (or paired with the only workspace through the Azure ML
#     extension), and the storage accounts of its datastores, when they have
#     at least one private endpoint.
#   formats: [terraform, arm, bicep]
package inf.storage_trusted_services

import data.lib.azure
import data.lib.core
import data.lib.inf
import data.lib.network

bypass_path := ["properties", "networkAcls", "bypass"]

rules_type := "azurerm_storage_account_network_rules"

# accounts maps each storage account in scope to the pairs that use it.
accounts := {s.id: [p | some p in azure.aml_pairs; inf.workspace_storage(p.workspace)[s.id]] |
	some q in azure.aml_pairs
	some s in inf.workspace_storage(q.workspace)
	count(network.endpoints_to(s)) > 0
}

applicable contains id if some id, _ in accounts

# holder is the node that carries the account's network rules: a separate
# network rules resource (L18) when there is one, else the account.
holder(s) := h if {
	h := [r | some r in core.into(s, "L18"); core.is_type(r, rules_type)][0]
} else := s

# bypass lists the normalised bypass entries (§1.6); absent means
# AzureServices (§1.1).
bypass(h) := {lower(trim_space(x)) | some x in split(v, ",")} if {
	v := core.value(h, bypass_path)
	is_string(v)
} else := {lower(trim_space(x)) | some x in v; is_string(x)} if {
	v := core.value(h, bypass_path)
	is_array(v)
} else := {"azureservices"} if {
	core.absent(h, bypass_path)
}

related(s, pairs) := array.concat(
	[{"resource": ep.pe.id, "attr": ep.path, "msg": sprintf("private endpoint %s", [ep.pe.name])} | some ep in network.endpoints_to(s)],
	[x | some x in {{"resource": p.workspace.id, "attr": [], "msg": sprintf("workspace %s uses it", [p.workspace.name])} | some p in pairs}],
)

allows_trusted(s) if "azureservices" in bypass(holder(s))

deny contains {
	"msg": sprintf("storage account %s, reached through a private endpoint, has network rule bypass %s, which leaves out trusted Azure services%s", [s.name, shown(h), inf.heuristic_text(pairs)]),
	"resource": h.id,
	"attr": bypass_path,
	"applies_to": s.id,
	"heuristic": inf.heuristic_of(pairs),
	"related": related(s, pairs),
} if {
	some id, pairs in accounts
	s := input.nodes[id]
	h := holder(s)
	not core.unknown(h, bypass_path)
	not allows_trusted(s)
}

shown(h) := concat(", ", [sprintf("%v", [x]) | some x in v]) if {
	v := core.value(h, bypass_path)
	is_array(v)
} else := sprintf("%v", [core.value(h, bypass_path)])

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether storage account %s admits trusted Azure services", [s.name]), "its network rule bypass", bypass_path),
	"resource": h.id,
	"attr": bypass_path,
	"level": "note",
	"undetermined": true,
	"applies_to": s.id,
	"related": related(s, pairs),
} if {
	some id, pairs in accounts
	s := input.nodes[id]
	h := holder(s)
	core.unknown(h, bypass_path)
}
