using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Operations;

public sealed class HealthEndpointTests
{
    // Azurite's published development account: the test points it at a port where nothing listens.
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public async Task Live_ProcessUp_Answers200()
    {
        await using var factory = CreateFactory(AzuriteStorage.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_StorageAnswers_Answers200OnceTheStorageUpgradesAreDone()
    {
        await using var factory = CreateFactory(AzuriteStorage.ConnectionString);
        using var client = factory.CreateClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();

        var status = HttpStatusCode.ServiceUnavailable;
        while (status != HttpStatusCode.OK && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            // The upgrades on an empty store take a few requests; until then the instance is rightly not ready.
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            status = response.StatusCode;
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Ready_StorageClosed_Answers503WhileLiveStays200()
    {
        var port = ClosedPort();
        var unreachable =
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        await using var factory = CreateFactory(unreachable);
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static WebApplicationFactory<Program> CreateFactory(string storageConnectionString) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Storage:ConnectionString", storageConnectionString);
            host.UseSetting("Storage:TablePrefix", AzuriteStorage.UniquePrefix());
            host.UseSetting("Bot:Authentication:AllowUnauthenticatedLocalRequests", "true");
            host.UseSetting("Bot:Credentials:Kind", "None");
            host.UseSetting("Health:ReadinessTimeout", "00:00:02");
            host.UseSetting("Logging:LogLevel:Default", "None");
        });

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
