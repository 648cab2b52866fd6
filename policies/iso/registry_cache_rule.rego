# METADATA
# title: Bootstrap registry has a cache rule for Microsoft Artifact Registry
# description: >-
#   With your own bootstrap registry you manage its cache rules: the
#   private registry serves AKS images and pulls the ones it lacks from
#   Microsoft Artifact Registry (mcr.microsoft.com). Without a cache rule
#   whose source is in mcr.microsoft.com, images the registry does not hold
#   cannot reach the isolated nodes. The rule shape (source
#   mcr.microsoft.com/*, target *) comes from the upstream how-to.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-014
#   severity: warning
#   provenance: seed+supplementary
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: ネットワーク分離クラスターの仕組み (Bring Your Own ACR, cache rules)
#   remediation: >-
#     Add a cache rule to the bootstrap registry with source
#     mcr.microsoft.com/* and target * (azurerm_container_registry_cache_rule
#     with source_repo and target_repo; a registries/cacheRules child with
#     sourceRepository and targetRepository in ARM and Bicep).
#   scope: >-
#     Registries that clusters meant to be network isolated name as their
#     bootstrap registry (bootstrapProfile.containerRegistryId).
#   formats: [terraform, arm, bicep]
package iso.registry_cache_rule

import data.lib.core
import data.lib.iso

cache_rule_type := "Microsoft.ContainerRegistry/registries/cacheRules"

source_path := ["properties", "sourceRepository"]

applicable contains r.id if some r in iso.byo_registries

applicable contains u.cluster.id if some u in iso.unresolved_registry

# cache_rules lists the cache rules of a registry (L17).
cache_rules(r) := [x | some x in core.into(r, "L17"); core.is_type(x, cache_rule_type)]

has_mcr_rule(r) if {
	some x in cache_rules(r)
	from_mcr(x)
}

from_mcr(x) if startswith(core.lower_value(x, source_path), "mcr.microsoft.com/")

# Cache rules whose registry the scan cannot resolve.
unresolved_rules := [x |
	some x in core.nodes_of_type(cache_rule_type)
	count([r | some r in core.out(x, "L17")]) == 0
	not core.absent(x, ["parent"])
]

deny contains object.union(iso.registry_at(r, []), {"msg": sprintf(
	"Container registry %s, the bootstrap registry of a network-isolated cluster, has no cache rule for mcr.microsoft.com, so it cannot fetch the AKS images it lacks",
	[r.name],
)}) if {
	some r in iso.byo_registries
	not has_mcr_rule(r)
	not undecided(r)
}

deny contains object.union(iso.registry_at(r, []), {
	"msg": sprintf(
		"Whether container registry %s, the bootstrap registry of a network-isolated cluster, has a cache rule for mcr.microsoft.com could not be determined: %s is unresolved (%s)",
		[r.name, u.what, u.path],
	),
	"level": "note",
	"undetermined": true,
}) if {
	some r in iso.byo_registries
	not has_mcr_rule(r)
	u := undecided(r)
}

deny contains iso.unresolved_registry_note(u, "The cache rules of the bootstrap registry") if {
	some u in iso.unresolved_registry
}

# undecided says what keeps the check from deciding: a cache rule of the
# registry with an unknown source, or a cache rule of an unresolved registry.
undecided(r) := {"what": sprintf("the source of cache rule %s", [x.name]), "path": "properties.sourceRepository"} if {
	some x in cache_rules(r)
	core.unknown(x, source_path)
} else := {"what": sprintf("the registry of cache rule %s", [x.name]), "path": "parent"} if {
	some x in unresolved_rules
}
