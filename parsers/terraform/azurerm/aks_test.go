package azurerm

import (
	"testing"

	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// isoCluster is the catalog's isolated cluster baseline (§6.4) with the
// workload identity settings of §6.3.
func isoCluster() obj {
	return obj{
		"name": "aks-iso", "location": "westeurope", "resource_group_name": "rg",
		"dns_prefix_private_cluster": "aksiso",
		"private_cluster_enabled":    true,
		"node_os_upgrade_channel":    "NodeImage",
		"oidc_issuer_enabled":        true,
		"workload_identity_enabled":  true,
		"kubernetes_version":         "1.31",
		"default_node_pool": blk1(obj{
			"name": "system", "vm_size": "Standard_D4s_v5", "node_count": int64(3),
			"vnet_subnet_id": "/sub/snet", "node_public_ip_enabled": false, "temporary_name_for_rotation": "tmp",
		}),
		"identity":         blk1(obj{"type": "UserAssigned", "identity_ids": []any{"/ids/cp"}}),
		"kubelet_identity": blk1(obj{"client_id": "c", "object_id": "o", "user_assigned_identity_id": "/ids/kubelet"}),
		"network_profile": blk1(obj{
			"network_plugin": "azure", "network_plugin_mode": "overlay", "outbound_type": "none",
		}),
		"bootstrap_profile":         blk1(obj{"artifact_source": "Cache", "container_registry_id": "/acr/boot"}),
		"api_server_access_profile": blk1(obj{"virtual_network_integration_enabled": true, "subnet_id": "/sub/api"}),
		"oms_agent":                 blk1(obj{"log_analytics_workspace_id": "/la", "msi_auth_for_monitoring_enabled": true}),
		"monitor_metrics":           blk1(obj{}),
		"run_command_enabled":       false,
		"auto_scaler_profile":       blk1(obj{"balance_similar_node_groups": true}),
	}
}

func TestCluster(t *testing.T) {
	runNodeCases(t, []nodeCase{
		{"isolated baseline", resource("azurerm_kubernetes_cluster", isoCluster()), expect{
			typ: "Microsoft.ContainerService/managedClusters", name: "aks-iso",
			attrs: obj{
				"name": "aks-iso", "location": "westeurope",
				"identity": obj{"type": "UserAssigned", "userAssignedIdentities": obj{"/ids/cp": obj{}}},
				"properties": obj{
					"fqdnSubdomain":     "aksiso",
					"kubernetesVersion": "1.31",
					"apiServerAccessProfile": obj{
						"enablePrivateCluster": true, "enableVnetIntegration": true, "subnetId": "/sub/api", "disableRunCommand": true,
					},
					"autoUpgradeProfile": obj{"nodeOSUpgradeChannel": "NodeImage"},
					"oidcIssuerProfile":  obj{"enabled": true},
					"securityProfile":    obj{"workloadIdentity": obj{"enabled": true}},
					"agentPoolProfiles": []any{obj{
						"name": "system", "vmSize": "Standard_D4s_v5", "count": int64(3), "vnetSubnetID": "/sub/snet",
						"enableNodePublicIP": false, "osType": "Linux", "mode": "System",
					}},
					"identityProfile":  obj{"kubeletidentity": obj{"clientId": "c", "objectId": "o", "resourceId": "/ids/kubelet"}},
					"networkProfile":   obj{"networkPlugin": "azure", "networkPluginMode": "overlay", "outboundType": "none"},
					"bootstrapProfile": obj{"artifactSource": "Cache", "containerRegistryId": "/acr/boot"},
					"addonProfiles": obj{"omsagent": obj{"enabled": true,
						"config": obj{"logAnalyticsWorkspaceResourceID": "/la", "useAADAuth": "true"}}},
					"azureMonitorProfile": obj{"metrics": obj{"enabled": true}},
				},
			},
			unmapped: []string{"auto_scaler_profile"},
			facts:    rg,
		}},
		{"minimal v4", resource("azurerm_kubernetes_cluster", obj{"name": "aks"}), expect{
			typ: "Microsoft.ContainerService/managedClusters", name: "aks",
			attrs: obj{"name": "aks", "properties": obj{
				"networkProfile":     obj{"networkPlugin": "kubenet"},
				"autoUpgradeProfile": obj{"nodeOSUpgradeChannel": "NodeImage"},
				"securityProfile":    obj{"workloadIdentity": obj{"enabled": false}},
			}},
			defaults: []string{"properties.autoUpgradeProfile.nodeOSUpgradeChannel", "properties.networkProfile.networkPlugin",
				"properties.securityProfile.workloadIdentity.enabled"},
			facts: obj{"version_default": []any{"properties.oidcIssuerProfile.enabled"}},
		}},
	})
}

func TestClusterDefaults(t *testing.T) {
	minimal := func() obj { return obj{"name": "aks"} }
	runNodeCases(t, []nodeCase{
		{"v3: oidc false, no upgrade channel", with(3, resource("azurerm_kubernetes_cluster", minimal())), expect{
			typ: "Microsoft.ContainerService/managedClusters",
			attrs: obj{"name": "aks", "properties": obj{
				"networkProfile":    obj{"networkPlugin": "kubenet"},
				"oidcIssuerProfile": obj{"enabled": false},
				"securityProfile":   obj{"workloadIdentity": obj{"enabled": false}},
			}},
			defaults: []string{"properties.networkProfile.networkPlugin", "properties.oidcIssuerProfile.enabled",
				"properties.securityProfile.workloadIdentity.enabled"},
		}},
		{"v5: oidc true", with(5, resource("azurerm_kubernetes_cluster", minimal())), expect{
			typ: "Microsoft.ContainerService/managedClusters",
			attrs: obj{"name": "aks", "properties": obj{
				"networkProfile":     obj{"networkPlugin": "kubenet"},
				"autoUpgradeProfile": obj{"nodeOSUpgradeChannel": "NodeImage"},
				"oidcIssuerProfile":  obj{"enabled": true},
				"securityProfile":    obj{"workloadIdentity": obj{"enabled": false}},
			}},
			defaults: []string{"properties.autoUpgradeProfile.nodeOSUpgradeChannel", "properties.networkProfile.networkPlugin",
				"properties.oidcIssuerProfile.enabled", "properties.securityProfile.workloadIdentity.enabled"},
		}},
		{"unknown major as v4", with(0, resource("azurerm_kubernetes_cluster", minimal())), expect{
			typ: "Microsoft.ContainerService/managedClusters",
			attrs: obj{"name": "aks", "properties": obj{
				"networkProfile":     obj{"networkPlugin": "kubenet"},
				"autoUpgradeProfile": obj{"nodeOSUpgradeChannel": "NodeImage"},
				"securityProfile":    obj{"workloadIdentity": obj{"enabled": false}},
			}},
			defaults: []string{"properties.autoUpgradeProfile.nodeOSUpgradeChannel", "properties.networkProfile.networkPlugin",
				"properties.securityProfile.workloadIdentity.enabled"},
			facts: obj{"version_default": []any{"properties.oidcIssuerProfile.enabled"}},
		}},
		{"written values win", with(5, resource("azurerm_kubernetes_cluster", obj{
			"name": "aks", "oidc_issuer_enabled": false, "workload_identity_enabled": true,
			"node_os_channel_upgrade": "None", "network_profile": blk1(obj{"network_plugin": "azure"}),
		})), expect{
			typ: "Microsoft.ContainerService/managedClusters",
			attrs: obj{"name": "aks", "properties": obj{
				"networkProfile":     obj{"networkPlugin": "azure"},
				"autoUpgradeProfile": obj{"nodeOSUpgradeChannel": "None"},
				"oidcIssuerProfile":  obj{"enabled": false},
				"securityProfile":    obj{"workloadIdentity": obj{"enabled": true}},
			}},
		}},
		{"unknown values are not omitted", unknown(with(3, resource("azurerm_kubernetes_cluster", obj{"name": "aks"})),
			"network_profile", "oidc_issuer_enabled", "workload_identity_enabled", "node_os_channel_upgrade"), expect{
			typ:   "Microsoft.ContainerService/managedClusters",
			attrs: obj{"name": "aks"},
			unknown: []string{"properties.autoUpgradeProfile.nodeOSUpgradeChannel", "properties.networkProfile",
				"properties.oidcIssuerProfile.enabled", "properties.securityProfile.workloadIdentity.enabled"},
		}},
	})
}

func TestNodePool(t *testing.T) {
	runNodeCases(t, []nodeCase{
		{"windows pool", resource("azurerm_kubernetes_cluster_node_pool", obj{
			"name": "win", "kubernetes_cluster_id": "/aks", "vm_size": "Standard_D4s_v5", "os_type": "Windows",
			"os_sku": "Windows2022", "node_public_ip_enabled": true, "vnet_subnet_id": "/snet", "mode": "User",
			"zones": []any{"1", "2"}, "tags": obj{"a": "b"}, "upgrade_settings": blk1(obj{"max_surge": "10%"}),
		}), expect{
			typ: "Microsoft.ContainerService/managedClusters/agentPools", name: "win",
			attrs: obj{"name": "win", "parent": "/aks", "properties": obj{
				"vmSize": "Standard_D4s_v5", "osType": "Windows", "osSKU": "Windows2022", "enableNodePublicIP": true,
				"vnetSubnetID": "/snet", "mode": "User", "availabilityZones": []any{"1", "2"}, "tags": obj{"a": "b"},
				"upgradeSettings": obj{"maxSurge": "10%"},
			}},
		}},
	})
}

func TestExtension(t *testing.T) {
	ml := func(typ string) *tfmodel.Resource {
		return resource(typ, obj{
			"name": "azureml", "cluster_id": "/aks", "extension_type": "Microsoft.AzureML.Kubernetes",
			"release_namespace": "azureml", "release_train": "stable",
			"configuration_settings": obj{"enableInference": "True", "scoringFe.sslSecret": "tls",
				"inferenceRouterServiceType": "LoadBalancer"},
			"configuration_protected_settings": obj{"sslCertPemFile": "certs/cert.pem"},
		})
	}
	want := expect{
		typ: "Microsoft.KubernetesConfiguration/extensions", name: "azureml",
		attrs: obj{"name": "azureml", "scope": "/aks", "properties": obj{
			"extensionType": "Microsoft.AzureML.Kubernetes", "releaseTrain": "stable",
			"scope": obj{"cluster": obj{"releaseNamespace": "azureml"}},
			"configurationSettings": obj{"enableInference": "True", "scoringFe.sslSecret": "tls",
				"inferenceRouterServiceType": "LoadBalancer"},
			"configurationProtectedSettings": obj{"sslCertPemFile": "certs/cert.pem"},
		}},
	}
	runNodeCases(t, []nodeCase{
		{"aks", ml("azurerm_kubernetes_cluster_extension"), want},
		{"arc", ml("azurerm_arc_kubernetes_cluster_extension"), want},
	})
}
