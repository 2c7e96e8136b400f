using TeamsCadenceBot.ForecastCalls.Quotas;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>
/// Pipeline reviews on a real Azurite with a fake clock, fake deals and a fake connector: the real people
/// store, commitments, scheduler and outbox. The org: a leader over two managers; Megan manages Alex and
/// Lee, Nestor manages Isaiah.
/// </summary>
internal sealed class ReviewTestbed
{
    public const string Tenant = TestDeals.Tenant;
    public const string Leader = "00000000-0000-0000-0000-00000000000c";
    public const string Manager = "00000000-0000-0000-0000-00000000000a";
    public const string Rep = "00000000-0000-0000-0000-00000000000b";
    public const string Peer = "00000000-0000-0000-0000-00000000000d";
    public const string OtherManager = "00000000-0000-0000-0000-00000000000e";
    public const string OtherRep = "00000000-0000-0000-0000-00000000000f";
    public const string ChannelId = "19:pipeline@thread.tacv2";

    private int _activityNumber;

    public ReviewTestbed(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        var prefix = AzuriteStorage.UniquePrefix();
        Tables = TestTables.Create(prefix);
        People = new TablePeopleStore(
            Tables,
            Options.Create(new PeopleOptions()),
            new RecentSightings(Clock),
            NullLogger<TablePeopleStore>.Instance);
        Outbox = new OutboxStore(Tables);
        var outbound = new OutboundQueue(Outbox, TestTables.CreateQueues(prefix));
        Schedule = new WorkSchedule(Tables);
        CommitmentStore = new CommitmentStore(Tables);
        Commitments = new CommitmentService(CommitmentStore, Schedule, People, Options.Create(new CommitmentOptions()), Clock);
        Settings = new TeamSettingsStore(Tables);
        Quotas = new TableQuotaStore(Tables);
        var reviews = new PipelineReviewService(Source, People, Settings, Clock, new StoredRepQuotas(Quotas));
        Insights = new PipelineInsightsService(Source, People, Settings, Clock);
        ReviewCommand = new PipelineReviewCommand(reviews, People, NullLogger<PipelineReviewCommand>.Instance);
        ScheduleCommand = new SchedulePipelineReviewCommand(
            Settings,
            Schedule,
            People,
            Clock,
            NullLogger<SchedulePipelineReviewCommand>.Instance);
        Actions = new PipelineReviewActionHandler(
            reviews,
            Commitments,
            new CommitmentNotifier(Commitments, People, outbound),
            People,
            Clock,
            NullLogger<PipelineReviewActionHandler>.Instance);
        Sweep = new SchedulerSweep(
            Schedule,
            new DeadLetterStore(Tables),
            [new ReviewReminderHandler(Settings, Schedule, People, outbound, Clock, NullLogger<ReviewReminderHandler>.Instance)],
            Options.Create(new SchedulerOptions()),
            Clock,
            NullLogger<SchedulerSweep>.Instance);
    }

    public FakeTimeProvider Clock { get; }

    public CadenceTables Tables { get; }

    public TablePeopleStore People { get; }

    public OutboxStore Outbox { get; }

    public WorkSchedule Schedule { get; }

    public CommitmentStore CommitmentStore { get; }

    public CommitmentService Commitments { get; }

    public TeamSettingsStore Settings { get; }

    public TableQuotaStore Quotas { get; }

    public FakePipelineSource Source { get; } = new();

    public FakeConnector Connector { get; } = new();

    public PipelineInsightsService Insights { get; }

    public PipelineReviewCommand ReviewCommand { get; }

    public SchedulePipelineReviewCommand ScheduleCommand { get; }

    public PipelineReviewActionHandler Actions { get; }

    public SchedulerSweep Sweep { get; }

    public static string TeamsId(string personId) => "29:" + personId[^2..];

    public async Task SeedOrgAsync()
    {
        await AddAsync(Leader, "Diego Siciliani", "America/New_York");
        await AddAsync(Manager, "Megan Bowen", "America/New_York");
        await AddAsync(Rep, "Alex Wilber", "Europe/Berlin");
        await AddAsync(Peer, "Lee Gu", "Europe/Berlin");
        await AddAsync(OtherManager, "Nestor Wilke", "America/Chicago");
        await AddAsync(OtherRep, "Isaiah Langer", "America/Chicago");
        await People.SetManagerAsync(Tenant, Manager, Leader, null, default);
        await People.SetManagerAsync(Tenant, OtherManager, Leader, null, default);
        await People.SetManagerAsync(Tenant, Rep, Manager, null, default);
        await People.SetManagerAsync(Tenant, Peer, Manager, null, default);
        await People.SetManagerAsync(Tenant, OtherRep, OtherManager, null, default);
    }

    /// <summary>A message typed by <paramref name="fromId"/>, mentioning the bot and then <paramref name="mentionIds"/>.</summary>
    public Turn Message(string fromId, string text, ConversationScope scope = ConversationScope.Team, params string[] mentionIds)
    {
        var mentions = mentionIds
            .Select(id => new Entity
            {
                Type = "mention",
                Mentioned = new ChannelAccount(TeamsId(id), "Person " + id[^2..]),
                Text = $"<at>Person {id[^2..]}</at>",
            })
            .Prepend(new Entity { Type = "mention", Mentioned = new ChannelAccount("28:bot", "Cadence"), Text = "<at>Cadence</at>" })
            .ToList();
        var typed = "<at>Cadence</at> " + text + string.Concat(mentionIds.Select(id => $" <at>Person {id[^2..]}</at>"));
        return Turn(fromId, scope, ActivityTypes.Message, typed, mentions);
    }

    /// <summary>Types a command the way the router runs it: the catalog finds the command in the mention-free text.</summary>
    public async Task TypeAsync(
        string fromId,
        string text,
        ConversationScope scope = ConversationScope.Team,
        params string[] mentionIds)
    {
        var turn = Message(fromId, text, scope, mentionIds);
        var catalog = new CommandCatalog([ReviewCommand, ScheduleCommand]);
        var (command, arguments) = catalog.Match(turn.Activity.GetCommandText(), turn.Scope)
            ?? throw new InvalidOperationException($"No command matches '{text}'.");
        await command.HandleAsync(turn, arguments, default);
    }

    /// <summary>An Action.Execute from <paramref name="fromId"/> with the action data and the card's inputs.</summary>
    /// <summary>A card action; <paramref name="activityId"/> repeats an earlier one's, as Teams does redelivering.</summary>
    public Task<InvokeResponse> ActAsync(string fromId, string verb, object data, string? activityId = null)
    {
        var turn = Turn(fromId, ConversationScope.Team, ActivityTypes.Invoke, null, null, activityId);
        return Actions.HandleAsync(turn, verb, JsonSerializer.SerializeToElement(data, ProtocolJson.Options), default);
    }

    /// <summary>The reply the bot sent last: a card or a text.</summary>
    public (AdaptiveCard? Card, string? Text) LastReply()
    {
        var activity = Connector.Sent.Last();
        return (activity.Attachments is [var first, ..] ? first.Content as AdaptiveCard : null, activity.Text);
    }

    public async Task<IReadOnlyList<Commitment>> CommitmentsOfAsync(string ownerId) =>
        await CommitmentStore.ListOwnedAsync(Tenant, ownerId, null, default);

    public async Task<IReadOnlyList<OutboundMessage>> QueuedAsync()
    {
        var table = await Tables.GetAsync("outbox", default);
        var messages = new List<OutboundMessage>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: default))
        {
            messages.Add((await Outbox.GetAsync(Tenant, row.GetString("Key"), default))!.Message);
        }

        return messages;
    }

    public async Task<IReadOnlyList<string>> ScheduledIdsAsync(DateTimeOffset upTo) =>
        [.. (await Schedule.ReadDueAsync(Tenant, upTo, 100, default)).Select(e => e.WorkId)];

    /// <summary>Moves the clock to <paramref name="at"/> and runs one sweep there.</summary>
    public async Task SweepAtAsync(DateTimeOffset at)
    {
        Clock.SetUtcNow(at);
        await Sweep.RunOnceAsync(default);
    }

    private Turn Turn(
        string fromId,
        ConversationScope scope,
        string type,
        string? text,
        IReadOnlyList<Entity>? entities,
        string? activityId = null)
    {
        var conversationId = scope == ConversationScope.Team ? ChannelId + ";messageid=1764770000000" : "19:groupchat@thread.v2";
        var activity = new Activity
        {
            Type = type,
            Name = type == ActivityTypes.Invoke ? ActivityTypes.AdaptiveCardActionInvoke : null,
            Id = activityId ?? "act-" + Interlocked.Increment(ref _activityNumber),
            ServiceUrl = "https://smba.example.test/amer/",
            ChannelId = "msteams",
            From = new ChannelAccount(TeamsId(fromId), "Someone", fromId),
            Recipient = new ChannelAccount("28:bot", "Cadence"),
            Conversation = new ConversationAccount(
                conversationId,
                scope == ConversationScope.Team ? "channel" : "groupChat",
                Tenant,
                IsGroup: true),
            Text = text,
            Entities = entities,
            ChannelData = new TeamsChannelData
            {
                Tenant = new TenantInfo(Tenant),
                Team = scope == ConversationScope.Team ? new TeamInfo("19:team@thread.tacv2") : null,
                Channel = scope == ConversationScope.Team ? new ChannelInfo(ChannelId) : null,
            },
        };
        return new Turn(activity, Tenant, new ConversationAddress(activity.ServiceUrl, conversationId, Tenant), Connector);
    }

    private Task<Person> AddAsync(string id, string name, string zone) =>
        People.UpsertAsync(Tenant, new PersonSighting(id, name, TeamsId(id), ClientTimeZone: zone), default);
}
