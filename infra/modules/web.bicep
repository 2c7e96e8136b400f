// App Service on Linux for the bot service: a plan sized for two or more instances and the web
// app that runs as the user-assigned managed identity.

@description('Azure region of the resources.')
param location string

@description('Prefix of every resource name.')
param namePrefix string

@description('Globally unique name of the web app; its host name is <name>.azurewebsites.net.')
param siteName string

@description('App Service plan SKU.')
param skuName string

@description('Number of instances the plan runs.')
@minValue(1)
@maxValue(30)
param instanceCount int

@description('Spread the instances over availability zones (needs a Premium v3 SKU and 2 or more instances).')
param zoneRedundant bool

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Log Analytics workspace that receives the platform logs.')
param workspaceId string

@description('Application settings, name to value.')
param appSettings object

param tags object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  tags: tags
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
    zoneRedundant: zoneRedundant
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// Deployments authenticate with Entra ID (az webapp deploy); publishing passwords stay off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource platformLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output planName string = plan.name
output hostName string = site.properties.defaultHostName
