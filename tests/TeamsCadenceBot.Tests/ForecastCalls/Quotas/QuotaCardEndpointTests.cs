using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Cards;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

/// <summary>The quota card's actions through POST /api/messages of the running service, as Teams posts them.</summary>
[Collection(OfficialCardParser.Collection)]
public sealed class QuotaCardEndpointTests(OfficialCardParser parser) : IAsyncLifetime
{
    private static readonly TeamsUser Manager = TeamsUser.Alice;
    private static readonly TeamsUser Rep = TeamsUser.Bob;

    private readonly LoopbackFactory _factory = new();

    public async Task InitializeAsync()
    {
        var people = _factory.Services.GetRequiredService<IPeopleStore>();
        foreach (var user in new[] { Manager, Rep })
        {
            var sighting = new PersonSighting(user.AadObjectId, user.Name, user.Id);
            await people.UpsertAsync(ActivityBuilder.TenantId, sighting, default);
        }

        await people.SetManagerAsync(ActivityBuilder.TenantId, Rep.AadObjectId, Manager.AadObjectId, null, default);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Save_ThroughTheEndpoint_AnswersTheUpdatedCardValidForTeams()
    {
        var period = ForecastPeriod.Of(2027, 1, 1);
        var data = new Dictionary<string, string>
        {
            ["managerId"] = Manager.AadObjectId,
            ["period"] = period.Key,
            [QuotaVerbs.Input(Rep.AadObjectId)] = "250,000",
        };

        using var response = await PostAsync(ActivityBuilder.Execute(QuotaVerbs.Save, data).InPersonalChat(Manager));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        await CardAssert.IsValidForTeamsAsync(parser, card);
        var quotas = _factory.Services.GetRequiredService<IQuotaStore>();
        var stored = await quotas.GetQuotasAsync(ActivityBuilder.TenantId, period, [Rep.AadObjectId], default);
        Assert.Equal(250_000m, stored[Rep.AadObjectId].Amount);
    }

    [Fact]
    public async Task Save_ByTheRepThroughTheEndpoint_AnErrorAndNothingStored()
    {
        var period = ForecastPeriod.Of(2027, 1, 1);
        var data = new Dictionary<string, string>
        {
            ["managerId"] = Manager.AadObjectId,
            ["period"] = period.Key,
            [QuotaVerbs.Input(Rep.AadObjectId)] = "1",
        };

        using var response = await PostAsync(ActivityBuilder.Execute(QuotaVerbs.Save, data).InPersonalChat(Rep));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(403, body.RootElement.GetProperty("statusCode").GetInt32());
        var quotas = _factory.Services.GetRequiredService<IQuotaStore>();
        Assert.Empty(await quotas.GetQuotasAsync(ActivityBuilder.TenantId, period, [Rep.AadObjectId], default));
    }

    private async Task<HttpResponseMessage> PostAsync(ActivityBuilder activity)
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(activity.ToJson(), Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    // The test server leaves the remote address empty; the local-development profile admits loopback callers only.
    private sealed class LoopbackFactory : CadenceBotFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FromLoopback>());
        }
    }

    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return then(context);
            });
            next(app);
        };
    }
}
