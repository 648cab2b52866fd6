package corpus

// bicepNetwork is modules/network.bicep: the security group and the route
// table of the spoke network, whose IDs the entry file's subnets read.
const bicepNetwork = `@description('Prefix of every resource name.')
param prefix string

param location string = resourceGroup().location

@description('Private IP address of the hub firewall that egress goes through.')
param firewallIp string

var allowedPorts = [
  443
  8883
]

resource nsg 'Microsoft.Network/networkSecurityGroups@2023-09-01' = {
  name: 'nsg-${prefix}'
  location: location
  properties: {
    securityRules: [for (port, i) in allowedPorts: {
      name: 'allow-vnet-${port}'
      properties: {
        priority: 100 + i * 10
        direction: 'Inbound'
        access: 'Allow'
        protocol: 'Tcp'
        sourceAddressPrefix: 'VirtualNetwork'
        sourcePortRange: '*'
        destinationAddressPrefix: 'VirtualNetwork'
        destinationPortRange: string(port)
      }
    }]
  }
}

resource routes 'Microsoft.Network/routeTables@2023-09-01' = {
  name: 'rt-${prefix}'
  location: location
  properties: {
    disableBgpRoutePropagation: true
    routes: [
      {
        name: 'default-via-firewall'
        properties: {
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: firewallIp
        }
      }
    ]
  }
}

output nsgId string = nsg.id
output routeTableId string = routes.id
`

// bicepDNS is modules/dns.bicep: one private DNS zone per private link
// service, each linked to the spoke network.
const bicepDNS = `@description('Resource ID of the network the zones resolve in.')
param vnetId string

@description('Private DNS zone names, one per private link group.')
param zones array

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = [for name in zones: {
  name: name
  location: 'global'
}]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for (name, i) in zones: {
  parent: zone[i]
  name: 'link-${last(split(vnetId, '/'))}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnetId
    }
  }
}]

output zoneIds array = [for (name, i) in zones: zone[i].id]
`

// bicepMonitoring is modules/monitoring.bicep: the Log Analytics workspace
// the cluster's monitoring add-on and diagnostic settings write to.
const bicepMonitoring = `param prefix string

param location string = resourceGroup().location

@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'law-${prefix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    publicNetworkAccessForIngestion: 'Enabled'
    publicNetworkAccessForQuery: 'Enabled'
  }
}

output workspaceId string = workspace.id
output workspaceName string = workspace.name
`
