# METADATA
# title: Datastore storage reachable privately from the AKS network
# description: >-
#   Storage accounts other than the workspace's own that ML workloads use
#   through datastores must also be reachable from the AKS cluster over a
#   private endpoint in the cluster's VNet or a VNet peered with it. The
#   DNS zone integration of those endpoints is checked by AZR-INF-003.
#   Peerings count when both VNets declare them; an endpoint reached only
#   through a one-sided peering is a warning.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/machine-learning/how-to-secure-kubernetes-inferencing-environment
#     description: Secure an Azure Kubernetes Service inferencing environment (seeds 000 ja, 001 fr)
# custom:
#   id: AZR-INF-005
#   severity: error
#   provenance: seed
#   seed:
#     document: 000_57518c757719a870.txt
#     section: 構成する方法 (How to configure, 2nd step); 001 Guide pratique (2nd step)
#   remediation: >-
#     Add a private endpoint for each datastore's storage account (blob,
#     file or dfs, as the datastore uses it) in a subnet of the cluster's
#     VNet or of a VNet peered with it from both sides, with private DNS
#     zone integration.
#   scope: >-
#     Storage accounts of the datastores of an Azure ML workspace attached
#     to an AKS cluster that sits in a VNet, other than the workspace's own
#     storage account.
#   formats: [terraform, arm, bicep]
package inf.datastore_private

import data.lib.azure
import data.lib.core
import data.lib.inf
import data.lib.network

account_path := ["properties", "accountName"]

# targets lists, per pair and datastore storage account, the datastores
# that read it.
targets contains {"pair": p, "account": a, "datastores": dss} if {
	some p in inf.vnet_pairs
	own := {s.id | some s in azure.workspace_deps(p.workspace, "storageAccount")}
	some ds0 in inf.datastores(p.workspace)
	some a in inf.datastore_accounts(ds0)
	not a.id in own
	dss := [ds |
		some ds in inf.datastores(p.workspace)
		some x in inf.datastore_accounts(ds)
		x.id == a.id
	]
}

# Datastores whose storage account the scan cannot resolve.
open contains {"pair": p, "datastore": ds} if {
	some p in inf.vnet_pairs
	some ds in inf.datastores(p.workspace)
	count(inf.datastore_accounts(ds)) == 0
	not core.absent(ds, account_path)
}

applicable contains t.account.id if some t in targets

applicable contains o.datastore.id if some o in open

what(t) := sprintf("storage account %s of datastore %s (workspace %s)", [t.account.name, concat(", ", sort({ds.name | some ds in t.datastores})), t.pair.workspace.name])

deny contains object.union(f, {
	"msg": concat("", [f.msg, inf.heuristic_text([t.pair])]),
	"applies_to": t.account.id,
	"heuristic": t.pair.heuristic,
	"related": array.concat(object.get(f, "related", []), inf.pair_related(t.pair)),
}) if {
	some t in targets
	r := inf.reach(network.endpoints_to(t.account), t.pair.cluster)
	r.state != "fine"
	f := inf.reach_finding(r, what(t), t.pair.cluster, {"resource": t.datastores[0].id, "attr": account_path}, "")
}

deny contains {
	"msg": inf.undetermined_msg(sprintf("Whether the storage of datastore %s (workspace %s) is reachable privately from AKS cluster %s", [o.datastore.name, o.pair.workspace.name, o.pair.cluster.name]), "its storage account, not declared in the scan,", account_path),
	"resource": o.datastore.id,
	"attr": account_path,
	"level": "note",
	"undetermined": true,
} if {
	some o in open
}
