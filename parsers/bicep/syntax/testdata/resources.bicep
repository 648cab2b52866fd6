// Resources, modules, tests and assertions.
param deploy bool = true
param subnets array = []

resource vnet 'Microsoft.Network/virtualNetworks@2023-05-01' = {
  name: 'vnet'
  location: resourceGroup().location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.0.0.0/16']
    }
  }

  resource first 'subnets' = {
    name: 'first'
    properties: {
      addressPrefix: '10.0.0.0/24'
    }
  }

  @batchSize(1)
  resource others 'subnets' = [for (s, i) in subnets: {
    name: s.name
    properties: {
      addressPrefix: '10.0.${i + 1}.0/24'
    }
  }]
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv'
  scope: resourceGroup('other')
}

resource conditional 'Microsoft.Storage/storageAccounts@2023-05-01' = if (deploy) {
  name: 'st${uniqueString(resourceGroup().id)}'
  location: vnet.location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    ...commonProperties
    supportsHttpsTrafficOnly: true
  }
}

resource filtered 'Microsoft.Network/publicIPAddresses@2023-05-01' = [for name in ['a', 'b']: if (name != 'b') {
  name: 'pip-${name}'
  location: vnet.location
}]

var commonProperties = {
  minimumTlsVersion: 'TLS1_2'
}

module network './network.bicep' = {
  name: 'network'
  params: {
    subnetId: vnet::first.id
    secret: kv.getSecret('admin')
  }
}

@batchSize(2)
module regional 'br/public:avm/res/network/vnet:0.1.0' = [for region in ['westeurope', 'northeurope']: {
  name: 'vnet-${region}'
  scope: resourceGroup(region)
}]

module optional 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' =
  if (deploy) {
    name: 'optional'
  }

test mainTest 'main.bicep' = {
  params: {
    deploy: false
  }
}

assert httpsOnly = conditional.properties.supportsHttpsTrafficOnly
