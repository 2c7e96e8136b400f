using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class GraphSetupTests
{
    [Fact]
    public void AddCadenceBot_GraphOff_RegistersNoGraphCommandOrWork()
    {
        using var provider = Build([]);

        Assert.DoesNotContain(provider.GetServices<IBotCommand>(), c => c.Name == "sync org");
        Assert.DoesNotContain(provider.GetServices<IScheduledWorkHandler>(), h => h.Kind.StartsWith("graph.", StringComparison.Ordinal));
        Assert.False(provider.GetRequiredService<IOptions<GraphOptions>>().Value.Enabled);
    }

    [Fact]
    public void AddCadenceBot_GraphOnAgainstLoopback_RegistersTheClientCommandWorkAndCard()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = "http://127.0.0.1:5999/v1.0",
            ["Graph:TenantId"] = GraphTestbed.Tenant,
            ["Graph:CalendarDiscovery:Enabled"] = "true",
        });

        Assert.NotNull(provider.GetRequiredService<GraphServiceClient>());
        Assert.Contains(provider.GetServices<IBotCommand>(), c => c.Name == "sync org");
        Assert.Equal(
            [GraphWork.DailyRefresh, GraphWork.RequestedRefresh],
            provider.GetServices<IScheduledWorkHandler>()
                .Select(h => h.Kind)
                .Where(k => k.StartsWith("graph.", StringComparison.Ordinal)));
        Assert.Contains(provider.GetServices<ICardActionHandler>(), h => h.VerbPrefix == OneOnOneCards.VerbPrefix);
    }

    [Fact]
    public void AddCadenceBot_ListsInConfiguration_BindsRootsAndAdmins()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = "http://127.0.0.1:5999/v1.0",
            ["Graph:TenantId"] = GraphTestbed.Tenant,
            ["Graph:AdminIds:0"] = TestPerson.Leader.Id,
            ["Graph:OrganisationSync:RootUserIds:0"] = TestPerson.Manager.Id,
            ["Graph:OrganisationSync:RootUserIds:1"] = TestPerson.OtherManager.Id,
        });

        var options = provider.GetRequiredService<IOptions<GraphOptions>>().Value;

        Assert.Equal([TestPerson.Leader.Id], options.AdminIds);
        Assert.Equal([TestPerson.Manager.Id, TestPerson.OtherManager.Id], options.OrganisationSync.RootUserIds);
    }

    [Fact]
    public void AddCadenceBot_NoGraphTenant_TakesTheBotCredentialsTenant()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = "http://127.0.0.1:5999/v1.0",
            ["Bot:Credentials:TenantId"] = GraphTestbed.Tenant,
        });

        Assert.Equal(GraphTestbed.Tenant, provider.GetRequiredService<IOptions<GraphOptions>>().Value.TenantId);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", "false", "Graph needs credentials")]
    [InlineData("http://graph.example/v1.0", "false", "Graph:BaseUrl must be an https URL")]
    [InlineData("http://127.0.0.1:5999/v1.0", "true", "Graph:TeamsAppExternalId")]
    public void AddCadenceBot_GraphMisconfigured_FailsValidationNamingTheKey(string baseUrl, string install, string expected)
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:TenantId"] = GraphTestbed.Tenant,
            ["Graph:ProactiveInstall:Enabled"] = install,
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { ApplicationName = typeof(Program).Assembly.GetName().Name, EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Storage:ConnectionString"] = AzuriteStorage.ConnectionString,
            ["Bot:Credentials:Kind"] = "None",
        });
        builder.AddCadenceBot();
        return builder.Services.BuildServiceProvider();
    }
}
