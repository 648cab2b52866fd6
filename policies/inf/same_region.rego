# METADATA
# title: AKS in the same region as a privately connected workspace
# description: >-
#   When an Azure ML workspace has a private endpoint, the AKS cluster it
#   uses for inference must be in the same Azure region as the workspace;
#   a cluster in another region is an unsupported combination.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-006
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 制限事項 (Limitations, 2nd bullet); 001 Limites (2nd bullet)
#   remediation: >-
#     Deploy the AKS cluster in the workspace's region (or use a workspace in
#     the cluster's region) when the workspace has a private endpoint.
#   scope: >-
#     AKS clusters attached to an Azure ML workspace (or paired with the only
#     workspace through the Azure ML extension) whose workspace has at least
#     one private endpoint, in any VNet.
#   formats: [terraform, arm, bicep]
package inf.same_region

import data.lib.azure
import data.lib.core
import data.lib.inf
import data.lib.network

location_path := ["location"]

pairs contains {"pair": p, "endpoint": network.endpoints_to(p.workspace)[0].pe} if {
	some p in azure.aml_pairs
	count(network.endpoints_to(p.workspace)) > 0
}

applicable contains x.pair.cluster.id if some x in pairs

# same_source holds when both locations are read from the same attribute of
# the same resource (a resource group's location), or computed by the same
# expression of one deployment, so they are equal even when the value
# itself is not known.
same_source(a, b) if {
	some e in core.edges_out(a)
	core.path_is(e.attr, location_path)
	some f in core.edges_out(b)
	core.path_is(f.attr, location_path)
	e.to == f.to
	e.target == f.target
}

# An ARM parser notes where an unknown value comes from: the same
# expression of the same deployment ([resourceGroup().location]).
same_source(a, b) if {
	s := a.facts.unknown_sources.location
	s == b.facts.unknown_sources.location
}

related(x) := array.concat(
	[
		{"resource": x.pair.workspace.id, "attr": location_path, "msg": sprintf("workspace %s", [x.pair.workspace.name])},
		{"resource": x.endpoint.id, "attr": ["properties", "privateLinkServiceConnections"], "msg": sprintf("private endpoint %s of the workspace", [x.endpoint.name])},
	],
	inf.pair_related(x.pair),
)

deny contains {
	"msg": sprintf("AKS cluster %s is in region %s but workspace %s, which has a private endpoint, is in %s; Azure ML needs them in the same region%s", [c.name, lc, w.name, lw, inf.heuristic_text([x.pair])]),
	"resource": c.id,
	"attr": location_path,
	"heuristic": x.pair.heuristic,
	"related": related(x),
} if {
	some x in pairs
	c := x.pair.cluster
	w := x.pair.workspace
	lc := azure.location(c)
	lw := azure.location(w)
	lc != lw
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether AKS cluster %s is in the region of workspace %s", [c.name, w.name]), sprintf("the location of %s", [n.name]), location_path),
	"resource": n.id,
	"attr": location_path,
	"level": "note",
	"undetermined": true,
	"applies_to": c.id,
	"related": related(x),
} if {
	some x in pairs
	c := x.pair.cluster
	w := x.pair.workspace
	not same_source(c, w)
	n := [m | some m in [c, w]; not azure.location(m)][0]
}
