package iso.egress_addons_test

import data.iso.builders_test as b
import data.iso.egress_addons as rule
import data.lib.testing as t

oms := ["properties", "addonProfiles", "omsagent", "enabled"]

la_id := ["properties", "addonProfiles", "omsagent", "config", "logAnalyticsWorkspaceResourceID"]

la := b.node("Microsoft.OperationalInsights/workspaces", "la-aks", {})

c := b.with_unknown(
	b.props(b.in_vnet(b.cluster), {"addonProfiles": {"omsagent": {"enabled": true, "config": {}}}}),
	[b.pool_subnet, la_id],
)

base_nodes := [c, la, b.vnet, b.subnet, b.pe_subnet]

base_edges := array.concat(b.vnet_edges(c), [b.edge(c, la, "L21", la_id)])

ampls := b.node("Microsoft.Insights/privateLinkScopes", "ampls", {})

scoped(name, target) := [
	b.with_unknown(b.node("Microsoft.Insights/privateLinkScopes/scopedResources", name, {"parent": "ampls", "properties": {}}), [["parent"], ["properties", "linkedResourceId"]]),
	target,
]

scoped_edges(sr, target) := [
	b.edge(sr, ampls, "L21", ["parent"]),
	b.edge(sr, target, "L21", ["properties", "linkedResourceId"]),
]

test_allow_private_link_scope if {
	[sr, _] := scoped("la", la)
	i := t.input_of(array.concat(base_nodes, [ampls, sr]), array.concat(base_edges, scoped_edges(sr, la)), {})
	count(rule.deny) == 0 with input as i
	rule.applicable == {c.id} with input as i
}

test_allow_firewall_route if {
	rt := b.node("Microsoft.Network/routeTables", "rt-aks", {"properties": {"routes": [{"name": "default", "properties": {"addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4"}}]}})
	s := b.with_unknown(b.props(b.subnet, {"routeTable": {}}), [["properties", "routeTable", "id"]])
	edges := array.concat(base_edges, [b.edge(s, rt, "route-table", ["properties", "routeTable", "id"])])
	count(rule.deny) == 0 with input as t.input_of([c, la, b.vnet, s, b.pe_subnet, rt], edges, {})
}

test_allow_add_on_off if {
	count(rule.deny) == 0 with input as t.inputs([b.cluster])
}

test_allow_block_outbound if {
	u := b.block(c)
	count(rule.deny) == 0 with input as t.input_of(array.concat([n | some n in base_nodes; n.id != c.id], [u]), base_edges, {})
}

test_deny_container_insights if {
	rule.deny == {{
		"msg": "AKS cluster aks-iso has outbound type none and Container Insights enabled, but no Azure Monitor private link scope holds its ingestion endpoint and no node subnet routes egress through a firewall, so the add-on cannot send data",
		"resource": c.id,
		"attr": oms,
		"applies_to": c.id,
		"heuristic": false,
		"related": [{"resource": la.id, "attr": [], "msg": "Log Analytics workspace la-aks"}],
	}} with input as t.input_of(base_nodes, base_edges, {})
}

test_deny_prometheus if {
	m := b.props(b.cluster, {"azureMonitorProfile": {"metrics": {"enabled": true}}})
	some d in rule.deny with input as t.inputs([m])
	d.attr == ["properties", "azureMonitorProfile", "metrics", "enabled"]
	not d.undetermined
}

test_deny_scope_without_workspace if {
	other := b.node("Microsoft.OperationalInsights/workspaces", "la-other", {})
	[sr, _] := scoped("other", other)
	i := t.input_of(array.concat(base_nodes, [ampls, sr, other]), array.concat(base_edges, scoped_edges(sr, other)), {})
	some d in rule.deny with input as i
	d.attr == oms
	not d.undetermined
}

test_unknown_workspace if {
	[sr, _] := scoped("la", la)
	i := t.input_of([c, b.vnet, b.subnet, b.pe_subnet, ampls, sr, la], array.concat(b.vnet_edges(c), scoped_edges(sr, la)), {})
	some d in rule.deny with input as i
	d.undetermined == true
	contains(d.msg, "the Log Analytics workspace of Container Insights is unresolved")
}

test_unknown_route_table if {
	s := b.with_unknown(b.props(b.subnet, {"routeTable": {}}), [["properties", "routeTable", "id"]])
	some d in rule.deny with input as t.input_of([c, la, b.vnet, s, b.pe_subnet], base_edges, {})
	d.undetermined == true
	contains(d.msg, "the route table of a node subnet is unresolved")
}

test_unknown_add_on if {
	u := b.with_unknown(b.cluster, [oms])
	some d in rule.deny with input as t.inputs([u])
	d.undetermined == true
	d.attr == oms
}
