// The Azure Bot registration (single tenant) and its Microsoft Teams channel.

@description('Name of the Azure Bot resource.')
param botName string

@description('Name Teams shows for the bot until the app package sets its own.')
param displayName string

@description('The messaging endpoint: https://<host>/api/messages.')
param endpoint string

@description('SingleTenant (an Entra app registration) or UserAssignedMSI (the managed identity).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

@description('The bot\'s Microsoft App ID: the app registration\'s or the managed identity\'s client id.')
param appId string

@description('Tenant of the app registration or managed identity.')
param tenantId string

@description('Resource id of the managed identity, for UserAssignedMSI.')
param identityId string

@description('F0 or S1; Teams is a standard channel, free on both.')
@allowed([
  'F0'
  'S1'
])
param skuName string

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  tags: tags
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint
