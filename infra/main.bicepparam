// Parameters for infra/main.bicep. Deploy with:
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
// Values given on the command line (-p name=value) override these.
using 'main.bicep'

// Start of every resource name (3-11 lower-case letters and digits); storage, web app and bot
// names add a suffix derived from the resource group so that they are unique in Azure.
param namePrefix = 'cadence'

// P0v3 is the smallest plan with zone redundancy and autoscale headroom; B1 is enough for a trial
// but runs at most 3 instances.
param appServiceSkuName = 'P0v3'

// Two instances keep the bot answering while one restarts or is upgraded; raise for more load.
param instanceCount = 2

// Needs P*v3 and at least 2 instances, and a region with availability zones.
param zoneRedundant = false

// Zone-redundant storage; use Standard_LRS in a region without zones.
param storageSkuName = 'Standard_ZRS'

// UserAssignedMSI: the bot's identity is the managed identity the deployment creates, so there is
// no secret to store or rotate. SingleTenant: an Entra app registration in this tenant; then set
// botAppId here and pass botClientSecret on the command line (it is kept in Key Vault).
param botAuthType = 'UserAssignedMSI'
param botAppId = ''

// Shown for the bot in Teams before the app package (manifest/) names it.
param botDisplayName = 'Sales Cadence'

// Teams is a standard channel: free on both F0 and S1.
param botSkuName = 'S1'

param logRetentionInDays = 30

param tags = {
  app: 'teams-cadence-bot'
}
