using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Hosting;

/// <summary>
/// The real service in the local-development setting, on the test Azurite under a table prefix of its
/// own: requests without a token from loopback are accepted and the connector sends no token, exactly
/// as scripts/run.sh runs it.
/// </summary>
public class CadenceBotFactory : WebApplicationFactory<Program>
{
    public string TablePrefix { get; } = AzuriteStorage.UniquePrefix();

    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Storage:ConnectionString", AzuriteStorage.ConnectionString),
        new("Storage:TablePrefix", TablePrefix),
        new("Bot:Authentication:AllowUnauthenticatedLocalRequests", "true"),
        new("Bot:Credentials:Kind", "None"),
        new("Logging:LogLevel:Default", "Warning"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Settings()));
    }
}
