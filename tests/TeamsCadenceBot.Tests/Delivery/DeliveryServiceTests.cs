using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>The sender's loop as the host runs it, on a fake clock, with Azurite's queue and tables.</summary>
public sealed class DeliveryServiceTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(2);

    // Longer than the test advances the clock before it wants the loop to receive again.
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly CadenceTables _tables;
    private readonly CadenceQueues _queues;
    private readonly QueueUpdates _updates = new();
    private readonly FakeConnector _connector = new();

    public DeliveryServiceTests()
    {
        _tables = TestTables.Create(_prefix);
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(_updates, Azure.Core.HttpPipelinePosition.PerCall);
        _queues = new CadenceQueues(TestTables.Options(_prefix), options);
    }

    [Fact]
    public async Task Run_MessageHeldLongerThanHalfItsVisibility_IsShownAgainAtOnceAndSentOnlyAfterAFreshReceive()
    {
        await SeedPersonalChatAsync();
        var outbound = new OutboundQueue(new OutboxStore(_tables), _queues);
        await outbound.EnqueueAsync(Message("first"), default);
        await outbound.EnqueueAsync(Message("second"), default);
        using var firstSendStarted = new ManualResetEventSlim();
        using var releaseFirstSend = new ManualResetEventSlim();
        _connector.OnSend = (_, activity) =>
        {
            if (activity.Text == "Reminder: first")
            {
                firstSendStarted.Set();
                releaseFirstSend.Wait(TimeSpan.FromSeconds(30));
            }

            return null;
        };
        var sut = CreateSut();

        await sut.StartAsync(default);
        Assert.True(firstSendStarted.Wait(TimeSpan.FromSeconds(30)), "the first send did not start");
        // The one sending slot is taken; the second message waits in memory while Teams keeps the first one.
        _clock.Advance(Visibility / 2 + TimeSpan.FromSeconds(1));
        releaseFirstSend.Set();
        await WaitUntilAsync(async () => _connector.Sent.Count() > 1 || await VisibleCountAsync() == 1);
        var sentFromTheStaleHold = _connector.Sent.Count();
        var secondWhileVisible = await GetAsync("second");
        _clock.Advance(IdlePoll);
        await WaitUntilAsync(async () => (await GetAsync("second"))?.State == OutboxState.Sent);
        await sut.StopAsync(default);

        Assert.Equal(1, sentFromTheStaleHold);
        Assert.Equal(OutboxState.Pending, secondWhileVisible!.State);
        Assert.Equal(0, secondWhileVisible.Attempts);
        Assert.Contains(TimeSpan.Zero, _updates.Visibilities);
        Assert.Equal(["Reminder: first", "Reminder: second"], _connector.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task Run_UnreadableMessage_IsShownAgainUntilMaxAttemptsThenDeadLetteredAndDeleted()
    {
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        await queue.SendMessageAsync("""{"Tenant":"x","Message":42}""");
        _updates.ShowAtOnce = true;
        var sut = CreateSut(maxAttempts: 3);

        var kept = new List<int>();
        for (var receive = 1; receive <= 3; receive++)
        {
            await sut.DrainOnceAsync(default);
            kept.Add(await VisibleOrHiddenCountAsync(queue));
        }

        Assert.Equal([1, 1, 0], kept);
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)], _updates.Visibilities);
        var letter = Assert.Single(await new DeadLetterStore(_tables).ListAsync(Tenant, 10, default));
        Assert.Equal("unreadable", letter.Kind);
        Assert.Equal(3, letter.Attempts);
        Assert.Contains("no TenantId", letter.Reason, StringComparison.Ordinal);
        Assert.Contains("\"Message\":42", letter.Reason, StringComparison.Ordinal);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task DrainOnceAsync_MessageNotJsonButNamingNothing_IsDeadLetteredUnderTheBotsTenant()
    {
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        await queue.SendMessageAsync("not json at all");
        var sut = CreateSut(maxAttempts: 1);

        await sut.DrainOnceAsync(default);

        var letter = Assert.Single(await new DeadLetterStore(_tables).ListAsync(Tenant, 10, default));
        Assert.Contains("not JSON", letter.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await VisibleOrHiddenCountAsync(queue));
    }

    [Fact]
    public async Task DrainOnceAsync_PointerWithoutKey_IsDeadLetteredUnderItsOwnTenant()
    {
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        await queue.SendMessageAsync("""{"TenantId":"tenant-b"}""");
        var sut = CreateSut(maxAttempts: 1);

        await sut.DrainOnceAsync(default);

        var letter = Assert.Single(await new DeadLetterStore(_tables).ListAsync("tenant-b", 10, default));
        Assert.Contains("no Key", letter.Reason, StringComparison.Ordinal);
        Assert.Empty(await new DeadLetterStore(_tables).ListAsync(Tenant, 10, default));
    }

    private async Task<int> VisibleCountAsync()
    {
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        return (await queue.PeekMessagesAsync(32)).Value.Length;
    }

    private static async Task<int> VisibleOrHiddenCountAsync(QueueClient queue) =>
        (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

    private Task<OutboxEntry?> GetAsync(string key) => new OutboxStore(_tables).GetAsync(Tenant, key, default);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the sender did not get there");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    private static OutboundMessage Message(string key) =>
        new(Tenant, key, "test", DeliveryTarget.Person("aad-rep"), new Activity { Text = "Reminder: " + key });

    private async Task SeedPersonalChatAsync()
    {
        const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
        var reference = new ConversationReference(Tenant, "a:29:rep", ConversationScope.Personal, ServiceUrl, "28:bot")
        {
            UserId = "29:rep",
            UserAadObjectId = "aad-rep",
        };
        var member = new ConversationMember("29:rep", "aad-rep", "Alex");
        await Conversations().MarkInstalledAsync(reference, [member], default);
    }

    private ConversationStore Conversations() => new(_tables, _clock, NullLogger<ConversationStore>.Instance);

    private DeliveryService CreateSut(int maxAttempts = 5)
    {
        var options = Options.Create(new DeliveryOptions
        {
            Concurrency = 1,
            VisibilityTimeout = Visibility,
            IdlePoll = IdlePoll,
            MaxAttempts = maxAttempts,
        });
        var sender = new DeliverySender(
            new OutboxStore(_tables),
            new DeadLetterStore(_tables),
            new ProactiveMessenger(Conversations(), _connector, NullLogger<ProactiveMessenger>.Instance),
            Conversations(),
            _connector,
            new FakeRecipients(),
            options,
            _clock,
            NullLogger<DeliverySender>.Instance);
        return new DeliveryService(
            _queues,
            sender,
            new DeadLetterStore(_tables),
            options,
            _clock,
            NullLogger<DeliveryService>.Instance,
            new TeamsRateLimiter(),
            Options.Create(new Teams.Connector.ConnectorCredentialOptions { TenantId = Tenant }));
    }
}
