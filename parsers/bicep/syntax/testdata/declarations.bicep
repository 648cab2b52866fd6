// Every kind of declaration but resources and modules.
targetScope = 'resourceGroup'

metadata description = 'Declarations'

import {naming, 'odd-name' as oddName} from 'shared/types.bicep'
import * as shared from 'shared/types.bicep'
import {
  tagsType
  settings as baseSettings
} from 'shared/settings.bicep'
extension az
extension kubernetes with {
  namespace: 'default'
  kubeConfig: kubeConfig
} as k8s
extension 'br:mcr.microsoft.com/bicep/extensions/graph:1.0.0' as graph
import 'kubernetes@1.0.0' with {
  namespace: 'legacy'
} as legacyK8s

@secure()
param kubeConfig string

@sys.description('The location.')
@allowed([
  'westeurope'
  'northeurope'
])
param location string = resourceGroup().location

@minValue(1)
@maxValue(-1 + 11)
param count int = 3

param existingVault resource 'Microsoft.KeyVault/vaults@2023-07-01'

param settings {
  @description('Enabled?')
  enabled: bool
  tier: 'Basic' | 'Premium'
  *: string
}?

var prefix string = 'app'
var names = [for i in range(0, count): '${prefix}-${i}']

@export()
@discriminator('kind')
type shape = circle | square

type circle = {
  kind: 'circle'
  radius: int
}

type square = { kind: 'square', side: int }

type pair = [string, int?]

type storageSku = resourceInput<'Microsoft.Storage/storageAccounts@2023-05-01'>.sku.name

type tags = sys.resourceOutput<'Microsoft.Resources/tags@2022-09-01'>.properties.tags.*

type element = names[*]

type required = settings!

func greet(name string, polite bool) string => polite ? 'Hello, ${name}!' : 'Hi ${name}'

func double(values int[]) int[] => map(values, v => v * 2)

output greeting string = greet('world', true)
output vault resource 'Microsoft.KeyVault/vaults@2023-07-01' = existingVault
@description('The names.')
output allNames array = names
