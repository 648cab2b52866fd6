package iso.csi_private_endpoint_test

import data.iso.csi_private_endpoint as rule
import data.lib.testing as t

sc(provisioner, params) := t.manifest("storage.k8s.io/v1", "StorageClass", "", "files", {"provisioner": provisioner, "parameters": params})

isolated := {"network_isolated": true}

test_allow_private_endpoint if {
	s := sc("file.csi.azure.com", {"skuName": "Premium_LRS", "networkEndpointType": "privateEndpoint"})
	count(rule.deny) == 0 with input as t.input_of([s], [], isolated)
}

test_allow_case_insensitive_key if {
	s := sc("blob.csi.azure.com", {"NetworkEndpointType": "PrivateEndpoint"})
	count(rule.deny) == 0 with input as t.input_of([s], [], isolated)
}

test_allow_not_isolated if {
	s := sc("file.csi.azure.com", {"skuName": "Premium_LRS"})
	count(rule.deny) == 0 with input as t.inputs([s])
}

test_allow_disk_driver if {
	s := sc("disk.csi.azure.com", {"skuName": "Premium_LRS"})
	count(rule.deny) == 0 with input as t.input_of([s], [], isolated)
}

test_deny_missing_parameter if {
	s := sc("file.csi.azure.com", {"skuName": "Premium_LRS"})
	rule.deny == {{
		"msg": "StorageClass files (file.csi.azure.com) does not set networkEndpointType, so the driver reaches storage over public endpoints; the scan profile marks the cluster as network isolated",
		"resource": s.id,
		"attr": ["parameters", "networkEndpointType"],
		"heuristic": false,
	}} with input as t.input_of([s], [], isolated)
}

test_deny_other_value if {
	s := sc("blob.csi.azure.com", {"networkEndpointType": "serviceEndpoint"})
	some d in rule.deny with input as t.input_of([s], [], isolated)
	d.attr == ["parameters", "networkEndpointType"]
}

test_deny_builtin_claim if {
	pvc := t.manifest("v1", "PersistentVolumeClaim", "default", "data", {"spec": {"storageClassName": "azurefile-csi"}})
	some d in rule.deny with input as t.input_of([pvc], [], isolated)
	d.attr == ["spec", "storageClassName"]
}

test_allow_redefined_builtin_name if {
	pvc := t.manifest("v1", "PersistentVolumeClaim", "default", "data", {"spec": {"storageClassName": "azurefile-csi"}})
	s := t.manifest("storage.k8s.io/v1", "StorageClass", "", "azurefile-csi", {"provisioner": "file.csi.azure.com", "parameters": {"networkEndpointType": "privateEndpoint"}})
	count(rule.deny) == 0 with input as t.input_of([pvc, s], [], isolated)
}

test_deny_statefulset_template if {
	ss := t.manifest("apps/v1", "StatefulSet", "default", "db", {"spec": {"volumeClaimTemplates": [{"spec": {"storageClassName": "azureblob-nfs-premium"}}]}})
	some d in rule.deny with input as t.input_of([ss], [], isolated)
	d.attr == ["spec", "volumeClaimTemplates", 0, "spec", "storageClassName"]
}

test_note_static_volume if {
	pv := t.manifest("v1", "PersistentVolume", "", "share", {"spec": {"csi": {"driver": "file.csi.azure.com"}}})
	some d in rule.deny with input as t.input_of([pv], [], isolated)
	d.level == "note"
}

test_heuristic_cluster_association if {
	aks := t.azure("bicep", "Microsoft.ContainerService/managedClusters", "aks", {"properties": {"networkProfile": {"outboundType": "none"}}})
	s := sc("file.csi.azure.com", {})
	some d in rule.deny with input as t.input_of([aks, s], [], {"cluster": aks.id, "cluster_heuristic": true})
	d.heuristic == true
}

test_allow_cluster_not_isolated if {
	aks := t.azure("bicep", "Microsoft.ContainerService/managedClusters", "aks", {"properties": {"networkProfile": {"outboundType": "loadBalancer"}}})
	s := sc("file.csi.azure.com", {})
	count(rule.deny) == 0 with input as t.input_of([aks, s], [], {"cluster": aks.id})
}

test_unknown_parameter_value if {
	s := t.with_unknown(sc("file.csi.azure.com", {"networkEndpointType": "${EP}"}), [["parameters", "networkEndpointType"]])
	rule.deny == {{
		"msg": "Whether StorageClass files (file.csi.azure.com) uses private endpoints could not be determined: networkEndpointType is unresolved (parameters.networkEndpointType)",
		"resource": s.id,
		"attr": ["parameters", "networkEndpointType"],
		"level": "note",
		"undetermined": true,
		"heuristic": false,
	}} with input as t.input_of([s], [], isolated)
}

test_unknown_parameters if {
	s := t.with_unknown(sc("blob.csi.azure.com", {}), [["parameters"]])
	some d in rule.deny with input as t.input_of([s], [], isolated)
	d.undetermined == true
	d.attr == ["parameters"]
}

test_unknown_claim_class if {
	pvc := t.with_unknown(t.manifest("v1", "PersistentVolumeClaim", "default", "data", {"spec": {"storageClassName": "${CLASS}"}}), [["spec", "storageClassName"]])
	some d in rule.deny with input as t.input_of([pvc], [], isolated)
	d.undetermined == true
	d.attr == ["spec", "storageClassName"]
}

test_applicable if {
	s := sc("file.csi.azure.com", {})
	disk := t.manifest("storage.k8s.io/v1", "StorageClass", "", "disk", {"provisioner": "disk.csi.azure.com", "parameters": {}})
	pvc := t.manifest("v1", "PersistentVolumeClaim", "default", "data", {"spec": {"storageClassName": "managed-csi"}})
	rule.applicable == {s.id, pvc.id} with input as t.input_of([s, pvc], [], isolated)
	count(rule.applicable) == 0 with input as t.inputs([s, pvc, disk])
}

test_unknown_outbound_type if {
	aks := t.with_unknown(t.azure("terraform", "Microsoft.ContainerService/managedClusters", "aks", {"properties": {"networkProfile": {"outboundType": "x"}}}), [["properties", "networkProfile", "outboundType"]])
	s := sc("file.csi.azure.com", {})
	count(rule.deny) == 0 with input as t.input_of([aks, s], [], {"cluster": aks.id})
}
