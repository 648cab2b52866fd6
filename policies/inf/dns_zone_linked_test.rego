package inf.dns_zone_linked_test

import data.inf.builders_test as b
import data.inf.dns_zone_linked as rule

zone := b.zone("privatelink.vaultcore.azure.net")

kv := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [zone])

zone_part := {"node": zone, "edges": []}

kv_related := {
	"resource": kv.node.id,
	"attr": ["properties", "privateDnsZoneGroups", 0],
	"msg": "private endpoint pe-kv uses the zone",
}

test_deny_zone_linked_elsewhere if {
	rule.deny == {{
		"msg": "private DNS zone privatelink.vaultcore.azure.net, used by private endpoint pe-kv, is not linked to the VNet of AKS cluster aks-ml (vnet-aks), a VNet peered with it, or a DNS hub VNet of the scan profile (it is linked to vnet-other)",
		"resource": zone.id,
		"attr": [],
		"heuristic": false,
		"related": [
			kv_related,
			{"resource": b.cluster.id, "attr": ["properties", "agentPoolProfiles", 0, "vnetSubnetID"], "msg": "AKS cluster aks-ml"},
		],
	}} with input as b.build([kv, zone_part, b.zone_link(zone, b.other_vnet)], {})
}

test_deny_zone_not_linked if {
	some d in rule.deny with input as b.build([kv, zone_part], {})
	d.resource == zone.id
	not d.level
}

test_allow_linked_to_cluster_vnet if {
	count(rule.deny) == 0 with input as b.build([kv, zone_part, b.zone_link(zone, b.vnet)], {})
}

test_allow_linked_to_peered_vnet if {
	count(rule.deny) == 0 with input as b.build(
		[kv, zone_part, b.zone_link(zone, b.other_vnet), b.peering(b.vnet, b.other_vnet), b.peering(b.other_vnet, b.vnet)],
		{},
	)
}

test_allow_linked_to_dns_hub if {
	count(rule.deny) == 0 with input as b.build([kv, zone_part, b.zone_link(zone, b.other_vnet)], {"dns_hub_vnets": ["VNET-OTHER"]})
}

test_unknown_zone_outside_scan if {
	ext := object.union(zone, {"facts": {"data_source": true}})
	rule.deny == {{
		"msg": "Whether private DNS zone privatelink.vaultcore.azure.net is linked to the network of AKS cluster aks-ml could not be determined: the set of VNet links of this zone, declared outside the scan, is unresolved (virtualNetworkLinks)",
		"resource": zone.id,
		"attr": [],
		"level": "note",
		"undetermined": true,
		"related": [kv_related],
	}} with input as b.build([kv, {"node": ext, "edges": []}], {})
}

test_unknown_link_vnet if {
	link := b.zone_link(zone, b.vnet)
	open := {"node": link.node, "edges": [e | some e in link.edges; e.kind != "L07"]}
	some d in rule.deny with input as b.build([kv, zone_part, open], {})
	d.undetermined
	d.resource == link.node.id
	d.applies_to == zone.id
}

test_unknown_zone_id if {
	open := {"node": kv.node, "edges": [e | some e in kv.edges; e.kind != "L06"]}
	rule.deny == {{
		"msg": "Whether the private DNS zone of private endpoint pe-kv is linked to the AKS network could not be determined: its DNS zone ID is unresolved (properties.privateDnsZoneGroups[0].properties.privateDnsZoneConfigs[0].properties.privateDnsZoneId)",
		"resource": kv.node.id,
		"attr": ["properties", "privateDnsZoneGroups", 0, "properties", "privateDnsZoneConfigs", 0, "properties", "privateDnsZoneId"],
		"level": "note",
		"undetermined": true,
	}} with input as b.build([open], {})
}

test_applicable if {
	rule.applicable == {zone.id} with input as b.build([kv, zone_part, b.zone_link(zone, b.vnet)], {})
}
