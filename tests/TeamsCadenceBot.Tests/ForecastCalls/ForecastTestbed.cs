using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.ForecastCalls;

/// <summary>
/// Forecast calls on a real Azurite with a fake clock and a fake connector: the real people, deal, quota, settings,
/// forecast and outbox stores. The org: Diego leads Megan and Nestor; Megan manages Alex and Lee, Nestor manages
/// Isaiah; Pat is in the channel and in no one's team. Everyone works in UTC, so today is the clock's date.
/// </summary>
internal sealed class ForecastTestbed
{
    public const string Tenant = "tenant-forecast-calls";
    public const string Leader = "00000000-0000-0000-0000-0000000000c1";
    public const string Manager = "00000000-0000-0000-0000-0000000000a1";
    public const string Rep = "00000000-0000-0000-0000-0000000000b1";
    public const string Peer = "00000000-0000-0000-0000-0000000000d1";
    public const string OtherManager = "00000000-0000-0000-0000-0000000000e1";
    public const string OtherRep = "00000000-0000-0000-0000-0000000000f1";
    public const string Outsider = "00000000-0000-0000-0000-000000000099";
    public const string ChannelId = "19:forecast@thread.tacv2";

    private int _activityNumber;

    public ForecastTestbed(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        var prefix = AzuriteStorage.UniquePrefix();
        var tables = TestTables.Create(prefix);
        People = new TablePeopleStore(
            tables,
            Options.Create(new PeopleOptions()),
            new RecentSightings(Clock),
            NullLogger<TablePeopleStore>.Instance);
        Deals = new TableDealStore(tables);
        Quotas = new TableQuotaStore(tables);
        Settings = new TeamSettingsStore(tables);
        Store = new TableForecastStore(tables);
        Outbox = new OutboxStore(tables);
        var outbound = new OutboundQueue(Outbox, TestTables.CreateQueues(prefix));
        var service = new ForecastCallService(Store, Deals, Quotas, People, Settings, Clock);
        var recorder = new ForecastRecorder(Store, Deals, Clock);
        var launcher = new ForecastLauncher(
            service,
            recorder,
            Store,
            People,
            outbound,
            NullLogger<ForecastLauncher>.Instance);
        Command = new ForecastCommand(launcher, People);
        SettingsCommand = new ForecastSettingsCommand(Store, People);
        Actions = new ForecastActionHandler(
            launcher,
            service,
            new ForecastSubmissions(service, recorder, Clock),
            Store,
            People,
            NullLogger<ForecastActionHandler>.Instance);
    }

    public FakeTimeProvider Clock { get; }

    public TablePeopleStore People { get; }

    public TableDealStore Deals { get; }

    public TableQuotaStore Quotas { get; }

    public TeamSettingsStore Settings { get; }

    public TableForecastStore Store { get; }

    public OutboxStore Outbox { get; }

    public FakeConnector Connector { get; } = new();

    public ForecastCommand Command { get; }

    public ForecastSettingsCommand SettingsCommand { get; }

    public ForecastActionHandler Actions { get; }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public ForecastPeriod Period => ForecastPeriod.Containing(Today, 1);

    public static string TeamsId(string personId) => "29:" + personId[^2..];

    public async Task SeedOrgAsync()
    {
        await AddAsync(Leader, "Diego Siciliani");
        await AddAsync(Manager, "Megan Bowen");
        await AddAsync(Rep, "Alex Wilber");
        await AddAsync(Peer, "Lee Gu");
        await AddAsync(OtherManager, "Nestor Wilke");
        await AddAsync(OtherRep, "Isaiah Langer");
        await AddAsync(Outsider, "Pat Taylor");
        await People.SetManagerAsync(Tenant, Manager, Leader, null, default);
        await People.SetManagerAsync(Tenant, OtherManager, Leader, null, default);
        await People.SetManagerAsync(Tenant, Rep, Manager, null, default);
        await People.SetManagerAsync(Tenant, Peer, Manager, null, default);
        await People.SetManagerAsync(Tenant, OtherRep, OtherManager, null, default);
    }

    /// <summary>Puts these people in the channel, as Teams lists its members.</summary>
    public void InChannel(params string[] personIds) =>
        Connector.SetMembers(
            ChannelId,
            [.. personIds.Select(id => new TeamsMember(TeamsId(id), "Person " + id[^2..], id, null, null))]);

    public Task ImportAsync(params Deal[] deals) =>
        Deals.UpsertAsync(Tenant, deals.Select(d => d with { TenantId = Tenant }), Today, default);

    public Task SetQuotaAsync(string repId, decimal amount) =>
        Quotas.SetQuotaAsync(Tenant, new RepQuota(repId, Period.Key, amount, Manager, Clock.GetUtcNow()), default);

    /// <summary>Types <c>forecast {arguments}</c> in the channel as <paramref name="fromId"/>.</summary>
    public Task TypeForecastAsync(string fromId, string arguments = "") =>
        Command.HandleAsync(
            Turn(fromId, ConversationScope.Team, ActivityTypes.Message, "forecast " + arguments),
            arguments,
            default);

    /// <summary>Types <c>forecast settings</c> in the person's personal chat.</summary>
    public Task TypeSettingsAsync(string fromId) =>
        SettingsCommand.HandleAsync(
            Turn(fromId, ConversationScope.Personal, ActivityTypes.Message, "forecast settings"),
            "",
            default);

    /// <summary>An Action.Execute from <paramref name="fromId"/> with the action data and the card's inputs.</summary>
    public Task<InvokeResponse> ActAsync(
        string fromId,
        string verb,
        object data,
        ConversationScope scope = ConversationScope.Team)
    {
        var turn = Turn(fromId, scope, ActivityTypes.Invoke, null);
        return Actions.HandleAsync(turn, verb, JsonSerializer.SerializeToElement(data, ProtocolJson.Options), default);
    }

    /// <summary>The card posted last in the channel.</summary>
    public AdaptiveCard PostedCard() =>
        Connector.Posted.Last(m => m.Card is not null).Card!;

    /// <summary>The call of the card posted last, read from its refresh.</summary>
    public ForecastCardData PostedCall()
    {
        var refresh = (ExecuteAction)PostedCard().Refresh!.Action;
        return (ForecastCardData)refresh.Data!;
    }

    /// <summary>Opens the viewer's own view of the last posted call, as the card's refresh does.</summary>
    public Task<InvokeResponse> ViewAsync(string fromId) => ActAsync(fromId, ForecastVerbs.View, PostedCall());

    public static AdaptiveCard CardOf(InvokeResponse response) =>
        (AdaptiveCard)((UniversalActionBody)response.Body!).Value;

    public static UniversalActionBody BodyOf(InvokeResponse response) => (UniversalActionBody)response.Body!;

    /// <summary>The card as JSON with its text unescaped, to look for words in.</summary>
    public static string TextOf(AdaptiveCard card) => JsonSerializer.Serialize(card, Readable);

    private static readonly JsonSerializerOptions Readable = new(ProtocolJson.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The person as Teams names them, for the activity builder.</summary>
    public static TeamsUser UserOf(string personId, string name = "Someone") =>
        new(TeamsId(personId), personId, name, "a:personal-" + personId[^2..]);

    private Turn Turn(string fromId, ConversationScope scope, string type, string? text)
    {
        var message = ActivityBuilder.Message(text ?? "").WithId("act-" + Interlocked.Increment(ref _activityNumber));
        var activity = (scope switch
        {
            ConversationScope.Team => message.InTeam(UserOf(fromId), ChannelId, threadRootId: "1764770000000"),
            ConversationScope.Personal => message.InPersonalChat(UserOf(fromId)),
            _ => message.InGroupChat(UserOf(fromId)),
        }).WithTenant(Tenant).Build();
        if (type == ActivityTypes.Invoke)
        {
            activity = activity with { Type = type, Name = ActivityTypes.AdaptiveCardActionInvoke, Text = null };
        }

        var address = new ConversationAddress(activity.ServiceUrl!, activity.Conversation!.Id, Tenant);
        return new Turn(activity, Tenant, address, Connector);
    }

    private Task<Person> AddAsync(string id, string name) =>
        People.UpsertAsync(Tenant, new PersonSighting(id, name, TeamsId(id), ClientTimeZone: "UTC"), default);
}
