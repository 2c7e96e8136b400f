using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class AddTeamsConnectorTests
{
    [Fact]
    public void AddTeamsConnector_ClientSecretSettings_ResolvesClientAndBindsEveryKey()
    {
        using var provider = Build(Environments.Production, new Dictionary<string, string?>
        {
            ["Bot:Credentials:Kind"] = "ClientSecret",
            ["Bot:Credentials:TenantId"] = "tenant-1",
            ["Bot:Credentials:ClientId"] = "app-1",
            ["Bot:Credentials:ClientSecret"] = "secret",
            ["Bot:Credentials:TokenRefreshMargin"] = "00:10:00",
            ["Bot:Connector:MaxAttempts"] = "3",
            ["Bot:Connector:MaxDelay"] = "00:00:20",
        });

        var client = provider.GetRequiredService<IConnectorClient>();
        var tokens = provider.GetRequiredService<IConnectorTokenProvider>();
        var credentials = provider.GetRequiredService<IOptions<ConnectorCredentialOptions>>().Value;
        var connector = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value;

        Assert.IsType<ConnectorClient>(client);
        Assert.IsType<ConnectorTokenProvider>(tokens);
        Assert.Equal(ConnectorCredentialKind.ClientSecret, credentials.Kind);
        Assert.Equal(TimeSpan.FromMinutes(10), credentials.TokenRefreshMargin);
        Assert.Equal("https://api.botframework.com/.default", credentials.Scope);
        Assert.Equal(3, connector.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(20), connector.MaxDelay);
    }

    [Fact]
    public void AddTeamsConnector_NoCredentialsInProduction_FailsValidation()
    {
        using var provider = Build(Environments.Production, []);

        var exception = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<ConnectorCredentialOptions>>().Value);

        Assert.Contains("Development", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTeamsConnector_NoCredentialsInDevelopment_ResolvesATokenlessProvider()
    {
        await using var provider = Build(Environments.Development, []);

        var token = await provider.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
    }

    [Fact]
    public void AddTeamsConnector_BaseDelayAboveMaxDelay_FailsValidation()
    {
        using var provider = Build(Environments.Development, new Dictionary<string, string?>
        {
            ["Bot:Connector:BaseDelay"] = "00:01:00",
            ["Bot:Connector:MaxDelay"] = "00:00:10",
        });

        Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<ConnectorOptions>>().Value);
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new FakeHostEnvironment(environment));

        services.AddTeamsConnector(configuration);

        return services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
