using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.OneOnOnes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

/// <summary>
/// The service as its composition root builds it (not started: no background loops), on Azurite with a fake clock
/// and the fake connector. Turns go through the real ActivityRouter, timed work through the real scheduler, messages
/// through the real sender. The org: Dana leads Alice; Alice manages Bob and Erin; Carol is an outsider.
/// </summary>
internal sealed class QuotaTestbed : IAsyncDisposable
{
    public const string Tenant = ActivityBuilder.TenantId;

    public static readonly TeamsUser Manager = TeamsUser.Alice;
    public static readonly TeamsUser Rep = TeamsUser.Bob;
    public static readonly TeamsUser Outsider = TeamsUser.Carol;
    public static readonly TeamsUser Leader =
        new("29:1Dana", "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8", "Dana Leader", "a:1Dana");

    public static readonly TeamsUser SecondRep =
        new("29:1Erin", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "Erin Rep", "a:1Erin");

    private readonly WebApplication _app;

    public QuotaTestbed(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteStorage.ConnectionString,
            ["Storage:TablePrefix"] = AzuriteStorage.UniquePrefix(),
            ["Bot:Credentials:Kind"] = "None",
        });
        builder.Logging.ClearProviders();
        builder.AddCadenceBot();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<IConnectorClient>(Connector);

        // The fake clock stands still while a test sends, so Teams' per-second limits must not make the sender wait.
        SendWindow[] roomy = [new(TimeSpan.FromSeconds(1), 100_000)];
        builder.Services.AddSingleton(new TeamsRateLimiter(roomy, roomy));
        _app = builder.Build();
    }

    public FakeTimeProvider Clock { get; }

    public FakeConnector Connector { get; } = new();

    public IPeopleStore People => Get<IPeopleStore>();

    public IQuotaStore Quotas => Get<IQuotaStore>();

    public TeamSettingsStore Teams => Get<TeamSettingsStore>();

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Everyone says hello in personal chat; Alice (New York) reports to Dana, manages Bob and Erin.</summary>
    public async Task SeedOrgAsync(int fiscalYearStartMonth = 10)
    {
        foreach (var user in new[] { Leader, Manager, Rep, SecondRep, Outsider })
        {
            await SayAsync(user, "help");
        }

        await People.SetOwnTimeZoneAsync(Tenant, Manager.AadObjectId, "America/New_York", default);
        await People.SetManagerAsync(Tenant, Manager.AadObjectId, Leader.AadObjectId, null, default);
        await People.SetManagerAsync(Tenant, Rep.AadObjectId, Manager.AadObjectId, null, default);
        await People.SetManagerAsync(Tenant, SecondRep.AadObjectId, Manager.AadObjectId, null, default);
        var thresholds = PipelineThresholds.Default with { FiscalYearStartMonth = fiscalYearStartMonth };
        await Teams.SaveAsync(Tenant, Manager.AadObjectId, new TeamSettings(thresholds, null), default);
        Connector.Calls.Clear();
        Connector.Delivered.Clear();
    }

    public Task SayAsync(TeamsUser user, string text) =>
        Router.HandleAsync(ActivityBuilder.Message(text).InPersonalChat(user).Build(), default);

    /// <summary>A message in the Pipeline channel, mentioning the bot (and <paramref name="mentioned"/>).</summary>
    public Task SayInChannelAsync(TeamsUser user, string text, TeamsUser? mentioned = null)
    {
        var activity = ActivityBuilder.Message(text).InTeam(user, ActivityBuilder.PipelineChannelId).Build();
        if (mentioned is not null)
        {
            var tag = $"<at>{mentioned.Name}</at>";
            var mention = new Entity
            {
                Type = "mention",
                Text = tag,
                Mentioned = new ChannelAccount(mentioned.Id, mentioned.Name, mentioned.AadObjectId),
            };
            activity = activity with
            {
                Text = activity.Text + " " + tag,
                Entities = [.. activity.Entities ?? [], mention],
            };
        }

        return Router.HandleAsync(activity, default);
    }

    /// <summary>An Action.Execute from a card in the user's personal chat, as Teams posts it.</summary>
    public async Task<InvokeResponse> ExecuteAsync(TeamsUser user, string verb, object data) =>
        (await Router.HandleAsync(ActivityBuilder.Execute(verb, data).InPersonalChat(user).Build(), default))!;

    /// <summary>Moves the clock to <paramref name="at"/> (never back), runs due work, sends what it queued.</summary>
    public async Task SweepAtAsync(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }

        await Get<SchedulerSweep>().RunOnceAsync(default);
        var delivery = _app.Services.GetServices<IHostedService>().OfType<DeliveryService>().Single();
        while (await delivery.DrainOnceAsync(default) > 0)
        {
        }
    }

    /// <summary>The text of the bot's last reply.</summary>
    public string? LastText() => Connector.Sent.LastOrDefault()?.Text;

    /// <summary>The card of the bot's last reply or post.</summary>
    public AdaptiveCard LastCard() => OneOnOneTestbed.Card(Connector.Sent.Last(a => a.Attachments is { Count: > 0 }));

    /// <summary>The messages posted into conversation <paramref name="conversationId"/>, oldest first.</summary>
    public IReadOnlyList<SentMessage> PostedTo(string conversationId) =>
        [.. Connector.Posted.Where(m => m.ConversationId == conversationId)];

    public async Task<decimal?> QuotaAsync(TeamsUser rep, ForecastPeriod period)
    {
        var quotas = await Quotas.GetQuotasAsync(Tenant, period, [rep.AadObjectId], default);
        return quotas.GetValueOrDefault(rep.AadObjectId)?.Amount;
    }

    public Task SetQuotaAsync(TeamsUser rep, ForecastPeriod period, decimal amount, string setBy)
    {
        var quota = new RepQuota(rep.AadObjectId, period.Key, amount, setBy, Clock.GetUtcNow());
        return Quotas.SetQuotaAsync(Tenant, quota, default);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IActivityHandler Router => Get<IActivityHandler>();
}
