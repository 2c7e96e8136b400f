// TeamsCadenceBot in one resource group: App Service on Linux (two or more instances), Storage
// Tables and Queues reached with a managed identity, the Azure Bot with its Teams channel, and
// Application Insights on a Log Analytics workspace.
//
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Azure region of every regional resource.')
param location string = resourceGroup().location

@description('Start of every resource name: 3-11 lower-case letters and digits.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('App Service plan SKU; Basic runs at most 3 instances, Standard 10, Premium v3 30.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServiceSkuName string = 'P0v3'

@description('Instances the plan runs; two or more keep the bot answering while one restarts.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('Spread instances over availability zones (Premium v3 and 2 or more instances only).')
param zoneRedundant bool = false

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_ZRS'

@description('UserAssignedMSI: the bot is the managed identity, no secret anywhere. SingleTenant: an Entra app registration in this tenant.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAuthType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration, kept in Key Vault.')
@secure()
param botClientSecret string = ''

@description('Name Teams shows for the bot until the app package gives its own.')
param botDisplayName string = 'Sales Cadence'

@description('Azure Bot SKU; Teams is a standard channel, free on both.')
@allowed([
  'F0'
  'S1'
])
param botSkuName string = 'S1'

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Tags on every resource.')
param tags object = {
  app: 'teams-cadence-bot'
}

var suffix = uniqueString(resourceGroup().id)
var siteName = '${namePrefix}-bot-${suffix}'
var tenantId = subscription().tenantId
var isSingleTenant = botAuthType == 'SingleTenant'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-identity'
  location: location
  tags: tags
}

var effectiveBotAppId = isSingleTenant ? botAppId : identity.properties.clientId

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: namePrefix
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: '${namePrefix}${suffix}'
    skuName: storageSkuName
    principalId: identity.properties.principalId
    tags: tags
  }
}

module botSecret 'modules/bot-secret.bicep' = if (isSingleTenant) {
  name: 'bot-secret'
  params: {
    location: location
    vaultName: take('${namePrefix}kv${suffix}', 24)
    botClientSecret: botClientSecret
    principalId: identity.properties.principalId
    tags: tags
  }
}

// The service's configuration keys, as ASP.NET Core reads them from environment variables.
var commonSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  // DefaultAzureCredential (storage) picks the user-assigned identity by this client id.
  AZURE_CLIENT_ID: identity.properties.clientId
  Storage__TableServiceUri: storage.outputs.tableServiceUri
  Storage__QueueServiceUri: storage.outputs.queueServiceUri
  Bot__AppId: effectiveBotAppId
  Bot__TenantId: tenantId
  Bot__Credentials__ClientId: effectiveBotAppId
  Bot__Credentials__TenantId: tenantId
}

var managedIdentityCredentials = {
  Bot__Credentials__Kind: 'ManagedIdentity'
  Bot__Credentials__ManagedIdentityClientId: identity.properties.clientId
}

var clientSecretCredentials = {
  Bot__Credentials__Kind: 'ClientSecret'
  Bot__Credentials__ClientSecret: '@Microsoft.KeyVault(SecretUri=${botSecret.?outputs.secretUri ?? ''})'
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    location: location
    namePrefix: namePrefix
    siteName: siteName
    skuName: appServiceSkuName
    instanceCount: instanceCount
    zoneRedundant: zoneRedundant
    identityId: identity.id
    workspaceId: monitoring.outputs.workspaceId
    appSettings: union(commonSettings, isSingleTenant ? clientSecretCredentials : managedIdentityCredentials)
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: siteName
    displayName: botDisplayName
    endpoint: 'https://${web.outputs.hostName}/api/messages'
    appType: botAuthType
    appId: effectiveBotAppId
    tenantId: tenantId
    identityId: identity.id
    skuName: botSkuName
    tags: tags
  }
}

@description('The messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.outputs.endpoint

@description('Host name of the web app: BOT_DOMAIN for scripts/package-app.sh.')
output appHostName string = web.outputs.hostName

@description('Name of the web app, for az webapp deploy.')
output appName string = web.outputs.name

@description('Name of the App Service plan, for scaling out.')
output planName string = web.outputs.planName

@description('The bot\'s Microsoft App ID: BOT_ID for scripts/package-app.sh.')
output botAppId string = effectiveBotAppId

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name
