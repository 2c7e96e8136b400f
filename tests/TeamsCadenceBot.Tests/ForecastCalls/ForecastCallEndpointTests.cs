using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.Cards;

namespace TeamsCadenceBot.Tests.ForecastCalls;

/// <summary>
/// A forecast call for a team of 25 reps with 40 deals each, through the real HTTP endpoint: the posted card and
/// every viewer's refreshed view pass the official parser and stay under 80 KB.
/// </summary>
[Collection(OfficialCardParser.Collection)]
public sealed class ForecastCallEndpointTests(OfficialCardParser parser) : IAsyncLifetime
{
    private const string Tenant = "tenant-forecast-http";
    private const string ChannelId = "19:forecast-http@thread.tacv2";
    private const int Reps = 25;
    private const int DealsPerRep = 40;
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly (string Id, string Name) Leader =
        ("00000000-0000-0000-0000-0000000000c1", "Diego Siciliani-Featherstonehaugh");

    private static readonly (string Id, string Name) Manager =
        ("00000000-0000-0000-0000-0000000000a1", "Megan Bowen-Abernathy");

    private static readonly (string Id, string Name) OtherManager =
        ("00000000-0000-0000-0000-0000000000e1", "Nestor Wilke");

    private readonly ForecastBotFactory _bot = new(Start);

    private static (string Id, string Name) RepOf(int i) =>
        (string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-0000000001{i + 10:D2}"),
            string.Create(CultureInfo.InvariantCulture, $"Representative Number {i:D2} Longname-Doublebarrel"));

    public async Task InitializeAsync()
    {
        var services = _bot.Services;
        var people = services.GetRequiredService<IPeopleStore>();
        var deals = services.GetRequiredService<IDealStore>();
        var quotas = services.GetRequiredService<IQuotaStore>();
        var forecasts = services.GetRequiredService<IForecastStore>();
        await AddAsync(people, Leader, null);
        await AddAsync(people, Manager, Leader.Id);
        await AddAsync(people, OtherManager, Leader.Id);
        await AddAsync(people, ("00000000-0000-0000-0000-0000000000f1", "Isaiah Langer"), OtherManager.Id);
        var period = ForecastPeriod.Containing(DateOnly.FromDateTime(Start.UtcDateTime), 1);
        var all = new List<Deal>();
        for (var r = 0; r < Reps; r++)
        {
            var rep = RepOf(r);
            await AddAsync(people, rep, Manager.Id);
            var quota = new RepQuota(rep.Id, period.Key, 1_250_000m, Manager.Id, Start);
            await quotas.SetQuotaAsync(Tenant, quota, default);
            all.AddRange(Enumerable.Range(0, DealsPerRep).Select(d => LongDeal(rep.Id, r, d)));
            var figures = new CallFigures(900_000m, 1_100_000m, 1_900_000m);
            var submission = new RepSubmission(rep.Id, period.Key, "seed", Start.AddDays(-7), figures, []);
            await forecasts.AddSubmissionAsync(Tenant, Manager.Id, submission, default);
            await forecasts.SetManagerCallAsync(
                Tenant,
                Manager.Id,
                period.Key,
                new ManagerCall(rep.Id, 850_000.50m, Manager.Id, Start.AddDays(-7)),
                default);
        }

        await deals.UpsertAsync(Tenant, all, DateOnly.FromDateTime(Start.UtcDateTime), default);
    }

    // Rep 0 has every deal in commit, the longest form; the others mix the categories. Commit deals went quiet
    // three weeks ago, so every rep carries the most flags the manager's view lists.
    private static Deal LongDeal(string owner, int rep, int index) => new()
    {
        TenantId = Tenant,
        CrmId = string.Create(CultureInfo.InvariantCulture, $"006Q4{rep:D2}{index:D3}ABCDEFGHIJ"),
        Name = string.Create(
            CultureInfo.InvariantCulture,
            $"Northwind Traders international expansion phase {index:D2} — multi-year enterprise agreement"),
        OwnerId = owner,
        Stage = (DealStage)(index % 4),
        CrmStage = "Stage",
        Amount = 123_456.78m + index,
        CloseDate = new DateOnly(2026, 12, 1 + index % 28),
        Category = rep == 0 || index % 3 == 0 ? ForecastCategory.Commit
            : index % 3 == 1 ? ForecastCategory.BestCase
            : ForecastCategory.Pipeline,
        LastActivityDate = new DateOnly(2026, 11, 10),
        CreatedDate = new DateOnly(2026, 6, 1),
    };

    private static async Task<Person> AddAsync(
        IPeopleStore people,
        (string Id, string Name) person,
        string? managerId)
    {
        var added = await people.UpsertAsync(
            Tenant,
            new PersonSighting(person.Id, person.Name, ForecastTestbed.TeamsId(person.Id), ClientTimeZone: "UTC"),
            default);
        if (managerId is not null)
        {
            await people.SetManagerAsync(Tenant, person.Id, managerId, null, default);
        }

        return added;
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<ForecastCardData> LaunchAsync()
    {
        var response = await _bot.TypeAsync(Tenant, ChannelId, Manager, "forecast");
        Assert.True(response.IsSuccessStatusCode, $"The endpoint answered {response.StatusCode}.");
        var posted = Assert.Single(_bot.Connector.Posted, m => m.Card is not null).Card!;
        await CardAssert.IsValidForTeamsAsync(parser, posted);
        return (ForecastCardData)((Teams.Cards.ExecuteAction)posted.Refresh!.Action).Data!;
    }

    private async Task<JsonElement> ViewAsync((string Id, string Name) viewer, ForecastCardData call)
    {
        var response = await _bot.InvokeAsync(Tenant, ChannelId, viewer, ForecastVerbs.View, call, refresh: true);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = document.RootElement.Clone();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    [Fact]
    public async Task Forecast_LargeTeam_EveryViewPassesTheParserUnder80KB()
    {
        var call = await LaunchAsync();

        var manager = await ViewAsync(Manager, call);
        var rep = await ViewAsync(RepOf(0), call);
        var leader = await ViewAsync(Leader, call);
        var outsider = await ViewAsync(("00000000-0000-0000-0000-000000000099", "Pat Taylor"), call);

        var heading = manager.GetProperty("body")[0].GetProperty("text").GetString();
        Assert.StartsWith("Forecast call: Q4 FY2026", heading, StringComparison.Ordinal);
        Assert.Equal(Reps, manager.GetRawText().Split("Your commit call for", StringSplitOptions.None).Length - 1);
        Assert.Equal("Your forecast call: Q4 FY2026", rep.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(DealsPerRep, rep.GetRawText().Split("\"meeting-", StringSplitOptions.None).Length - 1);
        Assert.Contains("Nestor Wilke", leader.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("not part of this forecast", outsider.GetRawText(), StringComparison.Ordinal);
        foreach (var card in new[] { manager, rep, leader, outsider })
        {
            await CardAssert.IsValidForTeamsAsync(parser, card);
        }
    }

    [Fact]
    public async Task Submit_ThroughTheEndpoint_IsKeptAndAnsweredWithTheRepsView()
    {
        var call = await LaunchAsync();
        var rep = RepOf(1);
        var data = new Dictionary<string, object>
        {
            ["managerId"] = call.ManagerId,
            ["period"] = call.Period,
            ["callId"] = call.CallId,
            ["deals"] = Array.Empty<string>(),
            [ForecastVerbs.CommitInput] = "-1",
            [ForecastVerbs.BestCaseInput] = "10",
            [ForecastVerbs.PipelineInput] = "20",
        };

        var refused = await _bot.InvokeAsync(Tenant, ChannelId, rep, ForecastVerbs.Submit, data, refresh: false);

        using var document = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(400, document.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains(
            "Amounts can't be negative.",
            document.RootElement.GetProperty("value").GetProperty("message").GetString(),
            StringComparison.Ordinal);
        var store = _bot.Services.GetRequiredService<IForecastStore>();
        var kept = await store.GetPeriodAsync(Tenant, Manager.Id, call.Period, default);
        Assert.Single(kept.Submissions, s => s.RepId == rep.Id);
    }
}
