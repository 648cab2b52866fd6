package azurerm

import "testing"

const (
	containerID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdata/blobServices/default/containers/data"
	shareID     = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdata/fileServices/default/shares/files"
)

func TestMachineLearning(t *testing.T) {
	const datastores = "Microsoft.MachineLearningServices/workspaces/datastores"
	runNodeCases(t, []nodeCase{
		{"workspace", resource("azurerm_machine_learning_workspace", obj{
			"name": "mlw", "location": "westeurope", "resource_group_name": "rg",
			"application_insights_id": "/ai", "key_vault_id": "/kv", "storage_account_id": "/st", "container_registry_id": "/acr",
			"identity": blk1(obj{"type": "SystemAssigned"}), "high_business_impact": true, "public_network_access_enabled": false,
			"managed_network": blk1(obj{"isolation_mode": "AllowOnlyApprovedOutbound"}),
		}), expect{
			typ: "Microsoft.MachineLearningServices/workspaces", name: "mlw",
			attrs: obj{"name": "mlw", "location": "westeurope", "identity": obj{"type": "SystemAssigned"}, "properties": obj{
				"applicationInsights": "/ai", "keyVault": "/kv", "storageAccount": "/st", "containerRegistry": "/acr",
				"hbiWorkspace": true, "publicNetworkAccess": "Disabled",
				"managedNetwork": obj{"isolationMode": "AllowOnlyApprovedOutbound"},
			}},
			facts: rg,
		}},
		{"workspace default public access", resource("azurerm_machine_learning_workspace", obj{"name": "mlw"}), expect{
			typ:      "Microsoft.MachineLearningServices/workspaces",
			attrs:    obj{"name": "mlw", "properties": obj{"publicNetworkAccess": "Enabled"}},
			defaults: []string{"properties.publicNetworkAccess"},
		}},
		{"inference cluster", resource("azurerm_machine_learning_inference_cluster", obj{
			"name": "aks-inference", "location": "westeurope", "kubernetes_cluster_id": "/aks",
			"machine_learning_workspace_id": "/mlw", "identity": blk1(obj{"type": "SystemAssigned"}),
			"cluster_purpose": "FastProd", "ssl": blk1(obj{"cname": "ml.contoso.com", "leaf_domain_label": "ml"}),
		}), expect{
			typ: "Microsoft.MachineLearningServices/workspaces/computes", name: "aks-inference",
			attrs: obj{"name": "aks-inference", "location": "westeurope", "parent": "/mlw", "identity": obj{"type": "SystemAssigned"},
				"properties": obj{"computeType": "AKS", "resourceId": "/aks", "computeLocation": "westeurope", "properties": obj{
					"clusterPurpose":   "FastProd",
					"sslConfiguration": obj{"status": "Enabled", "cname": "ml.contoso.com", "leafDomainLabel": "ml"},
				}}},
		}},
		{"compute cluster", resource("azurerm_machine_learning_compute_cluster", obj{
			"name": "cpu", "location": "westeurope", "machine_learning_workspace_id": "/mlw", "vm_size": "STANDARD_DS2_V2",
			"vm_priority": "Dedicated", "subnet_resource_id": "/snet", "node_public_ip_enabled": false,
			"local_auth_enabled": false, "ssh_public_access_enabled": false,
			"scale_settings": blk1(obj{"max_node_count": int64(2), "min_node_count": int64(0), "scale_down_nodes_after_idle_duration": "PT30S"}),
		}), expect{
			typ: "Microsoft.MachineLearningServices/workspaces/computes", name: "cpu",
			attrs: obj{"name": "cpu", "location": "westeurope", "parent": "/mlw", "properties": obj{
				"computeType": "AmlCompute", "computeLocation": "westeurope", "disableLocalAuth": true, "properties": obj{
					"vmSize": "STANDARD_DS2_V2", "vmPriority": "Dedicated", "subnet": obj{"id": "/snet"},
					"enableNodePublicIp": false, "remoteLoginPortPublicAccess": "Disabled",
					"scaleSettings": obj{"maxNodeCount": int64(2), "minNodeCount": int64(0), "nodeIdleTimeBeforeScaleDown": "PT30S"},
				}}},
		}},
		{"blob datastore", resource("azurerm_machine_learning_datastore_blobstorage", obj{
			"name": "training_data", "workspace_id": "/mlw", "storage_container_id": containerID, "tags": obj{"a": "b"},
		}), expect{
			typ: datastores, name: "training_data",
			attrs: obj{"name": "training_data", "parent": "/mlw", "properties": obj{
				"datastoreType": "AzureBlob", "accountName": "stdata", "containerName": "data", "tags": obj{"a": "b"}}},
		}},
		{"file datastore", resource("azurerm_machine_learning_datastore_fileshare", obj{
			"name": "files", "workspace_id": "/mlw", "storage_fileshare_id": shareID,
		}), expect{
			typ: datastores, name: "files",
			attrs: obj{"name": "files", "parent": "/mlw", "properties": obj{
				"datastoreType": "AzureFile", "accountName": "stdata", "fileShareName": "files"}},
		}},
		{"datalake datastore with unknown container", unknown(resource("azurerm_machine_learning_datastore_datalake_gen2", obj{
			"name": "lake", "workspace_id": "/mlw", "storage_container_id": nil,
		}), "storage_container_id"), expect{
			typ: datastores, name: "lake",
			attrs:   obj{"name": "lake", "parent": "/mlw", "properties": obj{"datastoreType": "AzureDataLakeGen2"}},
			unknown: []string{"properties.accountName", "properties.filesystem"},
		}},
	})
}
