using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The bot as the service composes it (people, conversations, scheduling, delivery, commitments, 1:1s) on Azurite
// with a fake clock and a recording connector. Turns go through the real ActivityRouter; timed steps run by
// sweeping the real scheduler; queued messages go out through the real delivery sender to the fake connector.
internal sealed class OneOnOneTestbed : IAsyncDisposable
{
    public const string Tenant = ActivityBuilder.TenantId;

    public static readonly TeamsUser Manager = TeamsUser.Alice;
    public static readonly TeamsUser Rep = TeamsUser.Bob;
    public static readonly TeamsUser Outsider = TeamsUser.Carol;

    private static readonly JsonSerializerOptions Readable =
        new(ProtocolJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ServiceProvider _services;

    public OneOnOneTestbed(DateTimeOffset start, bool demo = false, string environmentName = "Development")
    {
        Clock = new FakeTimeProvider(start);
        var prefix = AzuriteStorage.UniquePrefix();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = AzuriteStorage.ConnectionString,
                ["Storage:TablePrefix"] = prefix,
                ["Demo:Enabled"] = demo ? "true" : "false",
            })
            .Build();
        var environment = Mock.Of<IHostEnvironment>(e => e.EnvironmentName == environmentName);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConnectorClient>(Connector);
        services.AddCadenceStorage();
        services.AddSingleton(TestTables.Create(prefix));
        services.AddSingleton(TestTables.CreateQueues(prefix));
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddConversations();
        services.AddSingleton<IInstalledConversations, InstalledConversations>();
        services.AddPeople();
        services.AddScheduling();
        services.AddDelivery();
        services.AddCommitments();
        services.AddSingleton<IDealStore, TableDealStore>();
        services.AddPipelineReviews();
        services.AddSingleton<IPipelineSource, DealPipelineSource>();
        services.AddOneOnOnes(configuration, environment);

        // The fake clock stands still while a test sends, so Teams' per-second limits must not make the sender wait.
        SendWindow[] roomy = [new(TimeSpan.FromSeconds(1), 100_000)];
        services.AddSingleton(new TeamsRateLimiter(roomy, roomy));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; }

    public FakeConnector Connector { get; } = new();

    public ActivityRouter Router => _services.GetRequiredService<ActivityRouter>();

    public IPeopleStore People => _services.GetRequiredService<IPeopleStore>();

    public OneOnOneStore Store => _services.GetRequiredService<OneOnOneStore>();

    public OneOnOneService Service => _services.GetRequiredService<OneOnOneService>();

    public CommitmentStore Commitments => _services.GetRequiredService<CommitmentStore>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    // The manager in New York and the rep in Berlin (unless told otherwise), both having written to the bot, and
    // an outsider with no part in their 1:1s.
    public async Task SeedPairAsync(string managerZone = "America/New_York", string repZone = "Europe/Berlin")
    {
        foreach (var user in new[] { Manager, Rep, Outsider })
        {
            await SayAsync(user, "help");
        }

        await People.SetOwnTimeZoneAsync(Tenant, Manager.AadObjectId, managerZone, default);
        await People.SetOwnTimeZoneAsync(Tenant, Rep.AadObjectId, repZone, default);
        await People.SetManagerAsync(Tenant, Rep.AadObjectId, Manager.AadObjectId, null, default);
        Connector.Calls.Clear();
    }

    public Task SayAsync(TeamsUser user, string text, string tenant = Tenant) =>
        Router.HandleAsync(ActivityBuilder.Message(text).InPersonalChat(user).WithTenant(tenant).Build(), default);

    public Task SayInMeetingChatAsync(TeamsUser user, string text, string meetingId) =>
        Router.HandleAsync(
            ActivityBuilder.Message(text).InGroupChat(user, ActivityBuilder.MeetingChatId, meetingId).Build(),
            default);

    // An Action.Execute from a card in the user's personal chat: what Teams posts as an adaptiveCard/action invoke.
    public async Task<InvokeResponse> ExecuteAsync(TeamsUser user, string verb, object data, string tenant = Tenant)
    {
        var message = ActivityBuilder.Message("").InPersonalChat(user).WithTenant(tenant).Build();
        var value = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = JsonSerializer.SerializeToNode(data, ProtocolJson.Options),
            },
            ["trigger"] = "manual",
        };
        var invoke = message with
        {
            Type = ActivityTypes.Invoke,
            Name = ActivityTypes.AdaptiveCardActionInvoke,
            Text = null,
            TextFormat = null,
            Value = JsonSerializer.SerializeToElement(value),
        };
        return (await Router.HandleAsync(invoke, default))!;
    }

    // A meetingStart or meetingEnd event from the meeting's chat, as Teams sends it to a bot in the meeting.
    public Task MeetingEventAsync(TeamsUser from, string name, string meetingId)
    {
        var message = ActivityBuilder.Message("").InGroupChat(from, ActivityBuilder.MeetingChatId, meetingId).Build();
        return Router.HandleAsync(message with { Type = ActivityTypes.Event, Name = name, Text = null, TextFormat = null }, default);
    }

    public async Task<OneOnOneSchedule> ScheduleAsync(
        DayOfWeek weekday,
        string time,
        string zone,
        int minutes = 30,
        string frequency = "Weekly")
    {
        var response = await ExecuteAsync(Manager, OneOnOneVerbs.SaveSchedule, new
        {
            rep = Rep.AadObjectId,
            weekday = weekday.ToString(),
            time,
            length = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            zone,
            frequency,
            active = "true",
        });
        Assert.Equal("Saved: 1:1s with Bob Chen", CardOf(response)?.Body.OfType<TextBlock>().First().Text);
        return (await Store.GetScheduleAsync(Tenant, Manager.AadObjectId, Rep.AadObjectId, default))!;
    }

    // Moves the clock to at (never back), runs the due steps there, and sends what they queued.
    public async Task SweepAtAsync(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }

        await _services.GetRequiredService<SchedulerSweep>().RunOnceAsync(default);
        await DeliverAsync();
    }

    public async Task DeliverAsync()
    {
        var delivery = _services.GetServices<IHostedService>().OfType<DeliveryService>().Single();
        while (await delivery.DrainOnceAsync(default) > 0)
        {
        }
    }

    public async Task<OneOnOneOccurrence> NextOccurrenceAsync()
    {
        var occurrences = await Store.ListOccurrencesAsync(Tenant, Manager.AadObjectId, Rep.AadObjectId, null, 1, default);
        return occurrences[0];
    }

    // Cards the connector posted (new messages, not updates) into the user's personal chat, oldest first.
    public IReadOnlyList<AdaptiveCard> CardsSentTo(TeamsUser user) => Cards("send", user.PersonalConversationId);

    public IReadOnlyList<AdaptiveCard> UpdatesSentTo(TeamsUser user) => Cards("update", user.PersonalConversationId);

    public IReadOnlyList<AdaptiveCard> AllCards() =>
        [.. Connector.Calls.Where(c => c.Activity?.Attachments is { Count: > 0 }).Select(c => Card(c.Activity!))];

    // The cards exactly as they went to Teams: the JSON the outbox kept.
    public IReadOnlyList<JsonElement> AllCardJson() =>
        [.. Connector.Calls
            .Where(c => c.Activity?.Attachments is { Count: > 0 })
            .Select(c => c.Activity!.Attachments![0].Content is JsonElement json
                ? json
                : JsonSerializer.SerializeToElement(c.Activity.Attachments[0].Content, ProtocolJson.Options))];

    public IReadOnlyList<AdaptiveCard> Cards(string operation, string conversationId) =>
        [.. Connector.Calls
            .Where(c => c.Operation == operation && c.Address?.ConversationId == conversationId && c.Activity?.Attachments is { Count: > 0 })
            .Select(c => Card(c.Activity!))];

    // Queued messages went through the outbox as JSON, so their cards come back as JSON.
    public static AdaptiveCard Card(Activity activity) => activity.Attachments![0].Content switch
    {
        AdaptiveCard card => card,
        JsonElement json => json.Deserialize<AdaptiveCard>(ProtocolJson.Options)!,
        var other => throw new InvalidOperationException($"Not a card: {other}"),
    };

    public static AdaptiveCard? CardOf(InvokeResponse response) =>
        response.Body is UniversalActionBody { Value: AdaptiveCard card } ? card : null;

    public static string Heading(AdaptiveCard card) =>
        card.Body.OfType<TextBlock>().First(t => t.Style == "heading").Text;

    // Every text on the card (body, nested containers, columns, facts), to assert on what a person reads.
    public static string Text(AdaptiveCard card) => JsonSerializer.Serialize(card, Readable);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
