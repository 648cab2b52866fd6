package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// GenerateARM writes n ARM templates below dir, 50 to a folder, and a
// parameters file beside every other one. Each template declares about
// twenty resources the way real templates do: parameters with defaults,
// variables with a copy loop, a network whose subnets come from a
// property copy loop, an AKS cluster wired to them with resourceId(), the
// Azure ML extension scoped to the cluster, an identity with a federated
// credential that reads the cluster's issuer through reference(), role
// assignments named with guid(), private endpoints in a resource copy loop
// and a nested deployment whose output a later resource reads. Every
// fourth template is non-compliant.
func GenerateARM(dir string, n int) error {
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("t%03d", i/50))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return fmt.Errorf("generate arm corpus: %w", err)
		}
		name := filepath.Join(sub, fmt.Sprintf("azuredeploy%02d.json", i%50))
		if err := os.WriteFile(name, []byte(ARMTemplate(i)), 0o644); err != nil {
			return fmt.Errorf("generate arm corpus: %w", err)
		}
		if i%2 == 0 {
			params := strings.TrimSuffix(name, ".json") + ".parameters.json"
			body := fmt.Sprintf(`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "prefix": { "value": "p%d" }, "subnetCount": { "value": 4 } }
}
`, i)
			if err := os.WriteFile(params, []byte(body), 0o644); err != nil {
				return fmt.Errorf("generate arm corpus: %w", err)
			}
		}
	}
	return nil
}

// ARMTemplate returns the i-th template of the generated corpus.
func ARMTemplate(i int) string {
	outbound, private, insecure := "userDefinedRouting", "true", "False"
	if i%4 == 3 {
		outbound, private, insecure = "loadBalancer", "false", "True"
	}
	r := strings.NewReplacer("{{i}}", fmt.Sprint(i), "{{outbound}}", outbound, "{{private}}", private, "{{insecure}}", insecure)
	return r.Replace(armBody)
}

const armBody = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "prefix": { "type": "string", "defaultValue": "c{{i}}" },
    "location": { "type": "string", "defaultValue": "westeurope" },
    "subnetCount": { "type": "int", "defaultValue": 3 }
  },
  "variables": {
    "vnetName": "[format('vnet-{0}', parameters('prefix'))]",
    "aksName": "[format('aks-{0}', parameters('prefix'))]",
    "groups": ["blob", "file", "vault"],
    "copy": [
      { "name": "prefixes", "count": "[parameters('subnetCount')]", "input": "[format('10.{0}.{1}.0/24', mod({{i}}, 250), copyIndex('prefixes'))]" }
    ]
  },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2023-09-01",
      "name": "[variables('vnetName')]",
      "location": "[parameters('location')]",
      "properties": {
        "addressSpace": { "addressPrefixes": ["[format('10.{0}.0.0/16', mod({{i}}, 250))]"] },
        "copy": [
          {
            "name": "subnets",
            "count": "[parameters('subnetCount')]",
            "input": {
              "name": "[format('snet-{0}', copyIndex('subnets'))]",
              "properties": { "addressPrefix": "[variables('prefixes')[copyIndex('subnets')]]", "defaultOutboundAccess": false }
            }
          }
        ]
      }
    },
    {
      "type": "Microsoft.ContainerService/managedClusters",
      "apiVersion": "2025-01-01",
      "name": "[variables('aksName')]",
      "location": "[parameters('location')]",
      "identity": { "type": "SystemAssigned" },
      "dependsOn": ["[resourceId('Microsoft.Network/virtualNetworks', variables('vnetName'))]"],
      "properties": {
        "dnsPrefix": "[variables('aksName')]",
        "agentPoolProfiles": [
          { "name": "system", "count": 3, "mode": "System", "osType": "Linux", "vnetSubnetID": "[resourceId('Microsoft.Network/virtualNetworks/subnets', variables('vnetName'), 'snet-0')]" }
        ],
        "apiServerAccessProfile": { "enablePrivateCluster": {{private}} },
        "networkProfile": { "networkPlugin": "azure", "networkPluginMode": "overlay", "outboundType": "{{outbound}}" },
        "oidcIssuerProfile": { "enabled": true },
        "securityProfile": { "workloadIdentity": { "enabled": true } }
      }
    },
    {
      "type": "Microsoft.KubernetesConfiguration/extensions",
      "apiVersion": "2023-05-01",
      "name": "azureml",
      "scope": "[format('Microsoft.ContainerService/managedClusters/{0}', variables('aksName'))]",
      "dependsOn": ["[resourceId('Microsoft.ContainerService/managedClusters', variables('aksName'))]"],
      "properties": {
        "extensionType": "Microsoft.AzureML.Kubernetes",
        "configurationSettings": { "enableInference": "True", "allowInsecureConnections": "{{insecure}}", "inferenceRouterServiceType": "LoadBalancer", "sslSecret": "azureml-tls" }
      }
    },
    {
      "type": "Microsoft.ManagedIdentity/userAssignedIdentities",
      "apiVersion": "2023-01-31",
      "name": "[format('id-{0}', parameters('prefix'))]",
      "location": "[parameters('location')]"
    },
    {
      "type": "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials",
      "apiVersion": "2023-01-31",
      "name": "[format('id-{0}/fic', parameters('prefix'))]",
      "dependsOn": ["[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', format('id-{0}', parameters('prefix')))]"],
      "properties": {
        "issuer": "[reference(resourceId('Microsoft.ContainerService/managedClusters', variables('aksName')), '2025-01-01').oidcIssuerProfile.issuerURL]",
        "subject": "system:serviceaccount:inference:scorer",
        "audiences": ["api://AzureADTokenExchange"]
      }
    },
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "[format('st{0}', uniqueString(parameters('prefix')))]",
      "location": "[parameters('location')]",
      "sku": { "name": "Standard_LRS" },
      "kind": "StorageV2",
      "properties": { "publicNetworkAccess": "Disabled", "networkAcls": { "defaultAction": "Deny", "bypass": "AzureServices" } }
    },
    {
      "type": "Microsoft.Authorization/roleAssignments",
      "apiVersion": "2022-04-01",
      "name": "[guid(resourceGroup().id, variables('aksName'), 'blob')]",
      "properties": {
        "roleDefinitionId": "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')]",
        "principalId": "[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', format('id-{0}', parameters('prefix'))), '2023-01-31').principalId]",
        "principalType": "ServicePrincipal"
      }
    },
    {
      "copy": { "name": "endpoints", "count": "[length(variables('groups'))]" },
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2023-09-01",
      "name": "[format('pe-{0}-{1}', parameters('prefix'), variables('groups')[copyIndex()])]",
      "location": "[parameters('location')]",
      "properties": {
        "subnet": { "id": "[reference('network').outputs.peSubnet.value]" },
        "privateLinkServiceConnections": [
          { "name": "conn", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.Storage/storageAccounts', format('st{0}', uniqueString(parameters('prefix'))))]", "groupIds": ["[variables('groups')[copyIndex()]]"] } }
        ]
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "network",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": { "scope": "inner" },
        "parameters": { "vnetName": { "value": "[variables('vnetName')]" } },
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": { "vnetName": { "type": "string" } },
          "resources": [],
          "outputs": {
            "peSubnet": { "type": "string", "value": "[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('vnetName'), 'snet-1')]" }
          }
        }
      }
    }
  ]
}
`
