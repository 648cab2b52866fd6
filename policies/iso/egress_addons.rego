# METADATA
# title: Egress-dependent add-ons need private ingestion or an explicit egress path
# description: >-
#   With outbound type none, add-ons that send data out of the cluster stop
#   working unless they get a private path. Container Insights (Log
#   Analytics) and Managed Prometheus (Azure Monitor workspace) support
#   private-endpoint ingestion through an Azure Monitor private link scope;
#   otherwise the node subnet needs a route table sending 0.0.0.0/0 to a
#   firewall that allows the add-on's endpoints. The cluster stays
#   isolated, but the add-on silently collects nothing.
# related_resources:
#   - ref: https://learn.microsoft.com/azure/aks/concepts-network-isolated
#     description: Network isolated AKS clusters (seed 004)
# custom:
#   id: AZR-ISO-017
#   severity: warning
#   provenance: seed
#   seed:
#     document: 004_dd952b58170ebed6.txt
#     section: エグレスを必要とする機能、アドオン、拡張機能の使用 (Features that need egress, 1st bullet)
#   remediation: >-
#     Create an Azure Monitor private link scope
#     (azurerm_monitor_private_link_scope) with the cluster's Log Analytics
#     workspace, or the data collection endpoint of Managed Prometheus, as
#     scoped resources (azurerm_monitor_private_link_scoped_service) and a
#     private endpoint for it (group azuremonitor) in the cluster's VNet; or
#     route the node subnet's 0.0.0.0/0 to an Azure Firewall that allows the
#     add-on's endpoints.
#   scope: >-
#     Clusters meant to be network isolated whose outbound type is none,
#     with Container Insights or Managed Prometheus enabled.
#   formats: [terraform, arm, bicep]
package iso.egress_addons

import data.lib.core
import data.lib.iso
import data.lib.network

scope_type := "Microsoft.Insights/privateLinkScopes"

scoped_type := "Microsoft.Insights/privateLinkScopes/scopedResources"

log_workspace_type := "Microsoft.OperationalInsights/workspaces"

dce_type := "Microsoft.Insights/dataCollectionEndpoints"

addons := {
	"omsagent": {"name": "Container Insights", "path": ["properties", "addonProfiles", "omsagent", "enabled"]},
	"metrics": {"name": "Managed Prometheus", "path": ["properties", "azureMonitorProfile", "metrics", "enabled"]},
}

in_scope := [c | some c in iso.clusters; iso.outbound(c) == "none"]

applicable contains c.id if some c in in_scope

# enabled lists the add-ons a cluster turns on, and those it may turn on.
enabled contains [c, key] if {
	some c in in_scope
	some key, a in addons
	core.is_true(core.value(c, a.path))
}

# Scoped resources that belong to a private link scope of the scan.
scoped := [sr |
	some sr in core.nodes_of_type(scoped_type)
	some s in core.out(sr, "L21")
	core.is_type(s, scope_type)
]

# scoped_targets are the resources the scan's private link scopes hold.
scoped_targets contains t.id if {
	some sr in scoped
	some t in core.out(sr, "L21")
	not core.is_type(t, scope_type)
}

# Scoped resources whose linked resource the scan cannot resolve.
scoped_unresolved contains sr.id if {
	some sr in scoped
	count([t | some t in core.out(sr, "L21"); not core.is_type(t, scope_type)]) == 0
}

log_workspaces(c) := [w | some w in core.out(c, "L21"); core.is_type(w, log_workspace_type)]

# private_ingestion holds when a private link scope holds what the add-on
# sends its data to.
private_ingestion(c, "omsagent") if {
	some w in log_workspaces(c)
	w.id in scoped_targets
}

private_ingestion(_, "metrics") if {
	some id in scoped_targets
	core.is_type(input.nodes[id], dce_type)
}

# egress_route holds when a node subnet routes 0.0.0.0/0 to an appliance.
egress_route(c) if {
	some rt in network.cluster_route_tables(c)
	network.default_route_to_appliance(rt)
}

covered(c, key) if private_ingestion(c, key)

covered(c, _) if egress_route(c)

# undecided says what keeps the check from deciding.
undecided(c, "omsagent") := {"what": "the Log Analytics workspace of Container Insights", "path": "properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID"} if {
	count(log_workspaces(c)) == 0
	count(scoped) > 0
}

undecided(c, key) := {"what": "the resource a private link scope holds", "path": "properties.linkedResourceId"} if {
	not undecided_workspace(c, key)
	count(scoped_unresolved) > 0
}

undecided(c, key) := {"what": "the route table of a node subnet", "path": "properties.routeTable.id"} if {
	not undecided_workspace(c, key)
	count(scoped_unresolved) == 0
	route_unresolved(c)
}

undecided_workspace(c, "omsagent") if {
	count(log_workspaces(c)) == 0
	count(scoped) > 0
}

route_unresolved(c) if count(iso.unresolved_pool_subnets(c)) > 0

route_unresolved(c) if {
	some s in network.cluster_subnets(c)
	count(network.subnet_route_tables(s)) == 0
	core.unknown(s, ["properties", "routeTable", "id"])
}

related(c, "omsagent") := [{"resource": w.id, "attr": [], "msg": sprintf("Log Analytics workspace %s", [w.name])} | some w in log_workspaces(c)]

related(_, "metrics") := []

deny contains object.union(iso.at(c, a.path), {
	"msg": sprintf(
		"AKS cluster %s has outbound type none and %s enabled, but no Azure Monitor private link scope holds its ingestion endpoint and no node subnet routes egress through a firewall, so the add-on cannot send data",
		[c.name, a.name],
	),
	"related": related(c, key),
}) if {
	some [c, key] in enabled
	a := addons[key]
	not covered(c, key)
	not undecided(c, key)
}

deny contains object.union(iso.at(c, a.path), {
	"msg": sprintf(
		"Whether %s of AKS cluster %s (outbound type none) has a private ingestion or egress path could not be determined: %s is unresolved (%s)",
		[a.name, c.name, u.what, u.path],
	),
	"level": "note",
	"undetermined": true,
}) if {
	some [c, key] in enabled
	a := addons[key]
	not covered(c, key)
	u := undecided(c, key)
}

deny contains iso.undetermined(
	c,
	sprintf("Whether %s of AKS cluster %s is enabled", [a.name, c.name]),
	"the add-on setting",
	a.path,
) if {
	some c in in_scope
	some a in addons
	core.unknown(c, a.path)
}
