package inf.endpoint_dns_zone_test

import data.inf.builders_test as b
import data.inf.endpoint_dns_zone as rule

zone := b.zone("privatelink.vaultcore.azure.net")

compute_related := {
	"resource": b.compute.id,
	"attr": ["properties", "resourceId"],
	"msg": "compute aks-inference attaches AKS cluster aks-ml to workspace mlw",
}

test_deny_no_zone_group if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [])
	rule.deny == {{
		"msg": "private endpoint pe-kv (for key vault kv-ml) has no private DNS zone integration, so AKS cluster aks-ml resolves the public address",
		"resource": pe.node.id,
		"attr": ["properties", "privateDnsZoneGroups"],
		"level": "error",
		"heuristic": false,
		"related": [{"resource": b.vault.id, "attr": [], "msg": "key vault kv-ml"}, compute_related],
	}} with input as b.build([pe], {})
}

test_deny_policy_managed_is_warning if {
	pe := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_pe, [])
	some d in rule.deny with input as b.build([pe], {"policy_managed_dns_zone_groups": true})
	d.level == "warning"
	endswith(d.msg, "; the scan profile says Azure Policy adds zone groups after deployment")
}

test_deny_empty_zone_group if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [])
	empty := b.with_attrs(pe.node, {"properties": {"privateDnsZoneGroups": [{"name": "default", "properties": {"privateDnsZoneConfigs": []}}]}})
	some d in rule.deny with input as b.build([{"node": empty, "edges": pe.edges}], {})
	d.resource == pe.node.id
}

test_allow_zone_group if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [zone])
	count(rule.deny) == 0 with input as b.build([pe, {"node": zone, "edges": []}], {})
}

# A zone ID the scan cannot resolve still is DNS integration.
test_allow_unresolved_zone_id if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [zone])
	count(rule.deny) == 0 with input as b.build([{"node": pe.node, "edges": [e | some e in pe.edges; e.kind != "L06"]}], {})
}

test_allow_endpoint_outside_cluster_network if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_other, [])
	count(rule.deny) == 0 with input as b.build([pe], {})
}

test_allow_endpoint_of_other_resource if {
	other := b.node("Microsoft.KeyVault/vaults", "kv-other", {})
	pe := b.endpoint("pe-kv-other", other, ["vault"], b.snet_pe, [])
	count(rule.deny) == 0 with input as b.build([pe, {"node": other, "edges": []}], {})
}

test_unknown_zone_groups if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [])
	u := b.with_unknown(pe.node, [["properties", "privateDnsZoneGroups"]])
	rule.deny == {{
		"msg": "Whether private endpoint pe-kv (for key vault kv-ml) has private DNS zone integration could not be determined: its DNS zone group is unresolved (properties.privateDnsZoneGroups)",
		"resource": pe.node.id,
		"attr": ["properties", "privateDnsZoneGroups"],
		"level": "note",
		"undetermined": true,
	}} with input as b.build([{"node": u, "edges": pe.edges}], {})
}

# A dynamic zone group whose for_each is unknown.
test_unknown_zone_group_element if {
	pe := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [])
	u := b.with_unknown(pe.node, [["properties", "privateDnsZoneGroups", "0"]])
	some d in rule.deny with input as b.build([{"node": u, "edges": pe.edges}], {})
	d.undetermined
	d.attr == ["properties", "privateDnsZoneGroups", 0]
}

test_applicable if {
	kv := b.endpoint("pe-kv", b.vault, ["vault"], b.snet_pe, [zone])
	ws := b.endpoint("pe-mlw", b.workspace, ["amlworkspace"], b.snet_pe, [])
	other := b.endpoint("pe-other", b.vault, ["vault"], b.snet_other, [])
	rule.applicable == {kv.node.id, ws.node.id} with input as b.build([kv, ws, other], {})
}
