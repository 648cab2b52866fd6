using './main.bicep'

import {settings} from './types.bicep'

var suffix = readEnvironmentVariable('SUFFIX', 'dev')

param name = 'app-${suffix}'
param count = 3
param enabled = true
param tags = {
  env: suffix
  owner: 'team'
}
param zones = [
  '1'
  '2'
]
param secret = az.getSecret('00000000-0000-0000-0000-000000000000', 'rg', 'kv', 'secret')
param nothing = null
