package corpus

// bicepBody is the entry file template; BicepTemplate fills in the
// {{...}} markers.
const bicepBody = `// Inference platform {{i}}: a private AKS cluster running the Azure ML
// extension, with its identity, registry, storage and key vault.
targetScope = 'resourceGroup'

@description('Prefix of every resource name.')
@minLength(2)
@maxLength(12)
param prefix string = 'c{{i}}'

@description('Region of every resource.')
param location string = resourceGroup().location

@description('Number of subnets in the spoke network; the first hosts the nodes, the second the private endpoints.')
@minValue(2)
@maxValue(8)
param subnetCount int = 3

@allowed([
  'dev'
  'prod'
])
param environment string = 'prod'

@description('Send the cluster logs to the workspace.')
param deployDiagnostics bool = true

@secure()
@description('Object ID of the group that administers the cluster.')
param adminGroupObjectId string = ''

param tags object = {
  workload: 'inference'
  costCenter: 'cc-{{i}}'
}

var vnetName = 'vnet-${prefix}'
var aksName = 'aks-${prefix}'
var addressSpace = '10.{{octet}}.0.0/16'
var subnetNames = [for i in range(0, subnetCount): 'snet-${i}']
var endpointSubnets = filter(subnetNames, name => name != 'snet-0')
var prefixes = map(range(0, subnetCount), i => '10.{{octet}}.${i}.0/24')
var isProd = environment == 'prod'
var privateLinks = [
  {
    name: 'blob'
    zone: 'privatelink.blob.${az.environment().suffixes.storage}'
  }
  {
    name: 'vault'
    zone: 'privatelink.vaultcore.azure.net'
  }
  {
    name: 'registry'
    zone: 'privatelink.azurecr.io'
  }
]
var roles = {
  acrPull: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  blobReader: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')
  secretsUser: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
}

module network './modules/network.bicep' = {
  name: 'network-${prefix}'
  params: {
    prefix: prefix
    location: location
    firewallIp: '10.{{octet}}.255.4'
  }
}

module monitoring './modules/monitoring.bicep' = {
  name: 'monitoring-${prefix}'
  params: {
    prefix: prefix
    location: location
    retentionInDays: isProd ? 90 : 30
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressSpace
      ]
    }
    subnets: [for (name, i) in subnetNames: {
      name: name
      properties: {
        addressPrefix: prefixes[i]
        defaultOutboundAccess: false
        networkSecurityGroup: {
          id: network.outputs.nsgId
        }
        routeTable: i == 0 ? { id: network.outputs.routeTableId } : null
        privateEndpointNetworkPolicies: 'Enabled'
      }
    }]
  }
}

resource endpointSubnet 'Microsoft.Network/virtualNetworks/subnets@2023-09-01' existing = {
  parent: vnet
  name: endpointSubnets[0]
}

module dns './modules/dns.bicep' = {
  name: 'dns-${prefix}'
  params: {
    vnetId: vnet.id
    zones: map(privateLinks, link => link.zone)
  }
}

resource aks 'Microsoft.ContainerService/managedClusters@2025-01-01' = {
  name: aksName
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  sku: {
    name: 'Base'
    tier: isProd ? 'Standard' : 'Free'
  }
  properties: {
    dnsPrefix: aksName
    kubernetesVersion: '1.31'
    enableRBAC: true
    aadProfile: empty(adminGroupObjectId) ? null : {
      managed: true
      enableAzureRBAC: true
      adminGroupObjectIDs: [
        adminGroupObjectId
      ]
    }
    agentPoolProfiles: [
      {
        name: 'system'
        count: 3
        vmSize: 'Standard_D4ds_v5'
        mode: 'System'
        osType: 'Linux'
        vnetSubnetID: vnet.properties.subnets[0].id
        enableNodePublicIP: false
      }
    ]
    apiServerAccessProfile: {
      enablePrivateCluster: {{private}}
    }
    networkProfile: {
      networkPlugin: 'azure'
      networkPluginMode: 'overlay'
      outboundType: '{{outbound}}'
    }
    addonProfiles: {
      omsagent: {
        enabled: true
        config: {
          logAnalyticsWorkspaceResourceID: monitoring.outputs.workspaceId
        }
      }
    }
    oidcIssuerProfile: {
      enabled: true
    }
    securityProfile: {
      workloadIdentity: {
        enabled: true
      }
    }
    autoUpgradeProfile: {
      nodeOSUpgradeChannel: 'NodeImage'
    }
  }

  resource gpuPool 'agentPools' = {
    name: 'gpu'
    properties: {
      count: isProd ? 2 : 1
      vmSize: 'Standard_NC6s_v3'
      mode: 'User'
      osType: 'Linux'
      vnetSubnetID: vnet.properties.subnets[0].id
      nodeTaints: [
        'sku=gpu:NoSchedule'
      ]
    }
  }
}

resource azureml 'Microsoft.KubernetesConfiguration/extensions@2023-05-01' = {
  name: 'azureml'
  scope: aks
  properties: {
    extensionType: 'Microsoft.AzureML.Kubernetes'
    autoUpgradeMinorVersion: true
    releaseTrain: 'stable'
    configurationSettings: {
      enableTraining: 'False'
      enableInference: 'True'
      inferenceRouterServiceType: 'LoadBalancer'
      internalLoadBalancerProvider: 'azure'
      allowInsecureConnections: '{{insecure}}'
      inferenceRouterHA: isProd ? 'True' : 'False'
      sslCname: '${prefix}.inference.contoso.com'
      sslSecret: 'azureml-tls'
      clusterPurpose: isProd ? 'FastProd' : 'DevTest'
    }
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${prefix}'
  location: location
  tags: tags
}

resource federation 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials@2023-01-31' = {
  parent: identity
  name: 'scorer'
  properties: {
    issuer: aks.properties.oidcIssuerProfile.issuerURL
    subject: 'system:serviceaccount:inference:scorer'
    audiences: [
      'api://AzureADTokenExchange'
    ]
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${uniqueString(resourceGroup().id, prefix)}'
  location: location
  tags: tags
  sku: {
    name: isProd ? 'Standard_ZRS' : 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    publicNetworkAccess: '{{public}}'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }

  resource blobs 'blobServices' = {
    name: 'default'
    properties: {
      deleteRetentionPolicy: {
        enabled: true
        days: 7
      }
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${prefix}-${take(uniqueString(resourceGroup().id), 6)}'
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
    publicNetworkAccess: '{{public}}'
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'acr${replace(prefix, '-', '')}{{i}}'
  location: location
  tags: tags
  sku: {
    name: '{{acrsku}}'
  }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: '{{public}}'
    networkRuleBypassOptions: 'AzureServices'
  }
}

var linkTargets = [
  storage.id
  vault.id
  registry.id
]

resource endpoints 'Microsoft.Network/privateEndpoints@2023-09-01' = [for (link, i) in privateLinks: {
  name: 'pe-${prefix}-${link.name}'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: endpointSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: link.name
        properties: {
          privateLinkServiceId: linkTargets[i]
          groupIds: [
            link.name
          ]
        }
      }
    ]
  }
}]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-09-01' = [for (link, i) in privateLinks: {
  parent: endpoints[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: replace(link.zone, '.', '-')
        properties: {
          privateDnsZoneId: dns.outputs.zoneIds[i]
        }
      }
    ]
  }
}]

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, aks.id, 'acrpull')
  scope: registry
  properties: {
    roleDefinitionId: roles.acrPull
    principalId: aks.properties.identityProfile.kubeletidentity.objectId
    principalType: 'ServicePrincipal'
  }
}

resource blobReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, 'blobreader')
  scope: storage
  properties: {
    roleDefinitionId: roles.blobReader
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'secretsuser')
  scope: vault
  properties: {
    roleDefinitionId: roles.secretsUser
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (deployDiagnostics) {
  name: 'to-law-${prefix}'
  scope: aks
  properties: {
    workspaceId: monitoring.outputs.workspaceId
    logs: [for category in [
      'kube-apiserver'
      'kube-audit-admin'
      'guard'
    ]: {
      category: category
      enabled: true
    }]
  }
}

output clusterName string = aks.name
output issuerUrl string = aks.properties.oidcIssuerProfile.issuerURL
output identityClientId string = identity.properties.clientId
output endpointIds array = [for (link, i) in privateLinks: endpoints[i].id]
output registryLoginServer string = registry.properties.loginServer
`
