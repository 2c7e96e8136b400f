using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsCadenceBot.Tests.Infra;

public sealed class InfraTemplateTests(CompiledInfra infra) : IClassFixture<CompiledInfra>
{
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    [Fact]
    public void StorageAccount_Properties_AllowNoKeysNoPublicBlobsAndTls12AtLeast()
    {
        var sut = infra.Template.One("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool)sut["allowSharedKeyAccess"]!);
        Assert.False((bool)sut["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)sut["minimumTlsVersion"]);
        Assert.True((bool)sut["supportsHttpsTrafficOnly"]!);
    }

    [Theory]
    [InlineData(TableDataContributor)]
    [InlineData(QueueDataContributor)]
    public void StorageDataRole_ForTheManagedIdentity_IsAssignedOnTheAccount(string roleId)
    {
        var sut = infra.Template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => infra.Template.Expand(r, (string)r["properties"]!["roleDefinitionId"]!).Contains(roleId, StringComparison.Ordinal));

        var assignment = Assert.Single(sut);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Equal("[parameters('principalId')]", (string?)assignment["properties"]!["principalId"]);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"], StringComparison.Ordinal);
        Assert.Contains(
            "Microsoft.ManagedIdentity/userAssignedIdentities",
            Text(ModuleDeployment("storage")["properties"]!["parameters"]!["principalId"]),
            StringComparison.Ordinal);
    }

    [Fact]
    public void AppServicePlan_Capacity_ComesFromInstanceCountWhichDefaultsToTwo()
    {
        var sut = infra.Template.One("Microsoft.Web/serverfarms");

        Assert.Equal("[parameters('instanceCount')]", (string?)sut["sku"]!["capacity"]);
        Assert.True((bool)sut["properties"]!["reserved"]!);
        Assert.Equal(2, (int)infra.Template.Root["parameters"]!["instanceCount"]!["defaultValue"]!);
        Assert.True((int)infra.Parameters["instanceCount"]!["value"]! >= 2);
    }

    [Fact]
    public void WebApp_SiteConfig_RunsDotNet10OverHttpsAlwaysOnWithTheReadinessProbe()
    {
        var sut = infra.Template.One("Microsoft.Web/sites");
        var config = sut["properties"]!["siteConfig"]!;

        Assert.True((bool)sut["properties"]!["httpsOnly"]!);
        Assert.Equal("UserAssigned", (string?)sut["identity"]!["type"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/health/ready", (string?)config["healthCheckPath"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
    }

    [Theory]
    [InlineData("Storage__TableServiceUri", "outputs.tableServiceUri")]
    [InlineData("Storage__QueueServiceUri", "outputs.queueServiceUri")]
    [InlineData("Bot__AppId", "userAssignedIdentities")]
    [InlineData("Bot__TenantId", "tenantId")]
    [InlineData("Bot__Credentials__ManagedIdentityClientId", "userAssignedIdentities")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING", "outputs.connectionString")]
    [InlineData("AZURE_CLIENT_ID", "userAssignedIdentities")]
    public void AppSettings_OfTheWebApp_WireSettingToItsSource(string setting, string source)
    {
        var settings = Text(ModuleDeployment("web")["properties"]!["parameters"]!["appSettings"]!["value"]);

        var key = settings.IndexOf($"'{setting}', ", StringComparison.Ordinal);

        Assert.True(key >= 0, $"{setting} is not among the app settings");
        var value = settings.Substring(key + setting.Length + 4, Math.Min(200, settings.Length - key - setting.Length - 4));
        Assert.Contains(source, value, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_BotCredentials_AreTheManagedIdentityOrAKeyVaultSecret()
    {
        var sut = Text(ModuleDeployment("web")["properties"]!["parameters"]!["appSettings"]!["value"]);

        Assert.Contains("'Bot__Credentials__Kind', 'ManagedIdentity'", sut, StringComparison.Ordinal);
        Assert.Contains("'Bot__Credentials__Kind', 'ClientSecret'", sut, StringComparison.Ordinal);
        Assert.Contains("'Bot__Credentials__ClientSecret', format('@Microsoft.KeyVault(SecretUri={0})'", sut, StringComparison.Ordinal);
        Assert.DoesNotContain(infra.Template.AllResources, r => Text(r).Contains("listKeys", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureBot_Registration_IsSingleTenantOrManagedIdentityWithTheTeamsChannel()
    {
        var bot = infra.Template.One("Microsoft.BotService/botServices");
        var channel = infra.Template.One("Microsoft.BotService/botServices/channels");
        var allowed = infra.Template.Root["parameters"]!["botAuthType"]!["allowedValues"]!.AsArray().Select(v => (string?)v);

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("[parameters('appType')]", (string?)bot["properties"]!["msaAppType"]);
        Assert.NotNull(bot["properties"]!["msaAppTenantId"]);
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], allowed);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
        var endpoint = Text(ModuleDeployment("bot")["properties"]!["parameters"]!["endpoint"]!["value"]);
        Assert.Contains("https://{0}/api/messages", endpoint, StringComparison.Ordinal);
        Assert.Contains("outputs.hostName", endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsights_Component_SendsToTheLogAnalyticsWorkspace()
    {
        var sut = infra.Template.One("Microsoft.Insights/components");

        Assert.Single(infra.Template.OfType("Microsoft.OperationalInsights/workspaces"));
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)sut["properties"]!["WorkspaceResourceId"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("botEndpoint")]
    [InlineData("appHostName")]
    [InlineData("botAppId")]
    public void Outputs_OfTheMainTemplate_IncludeWhatPackagingAndRegistrationNeed(string output)
    {
        var sut = infra.Template.Root["outputs"]!.AsObject();

        Assert.Equal("string", (string?)sut[output]?["type"]);
    }

    private JsonObject ModuleDeployment(string name) =>
        Assert.Single(infra.Template.OfType("Microsoft.Resources/deployments"), d => (string?)d["name"] == name);

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        null => "",
        _ => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
    };
}
