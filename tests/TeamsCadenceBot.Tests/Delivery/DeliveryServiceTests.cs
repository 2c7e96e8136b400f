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

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly CadenceTables _tables;
    private readonly CadenceQueues _queues;
    private readonly FakeConnector _connector = new();

    public DeliveryServiceTests()
    {
        _tables = TestTables.Create(_prefix);
        _queues = TestTables.CreateQueues(_prefix);
    }

    [Fact]
    public async Task Run_MessageHeldLongerThanHalfItsVisibility_IsLeftOnTheQueueUnsent()
    {
        await SeedPersonalChatAsync();
        var outbound = new OutboundQueue(new OutboxStore(_tables), _queues);
        await outbound.EnqueueAsync(Message("first"), default);
        await outbound.EnqueueAsync(Message("second"), default);
        using var firstSendStarted = new ManualResetEventSlim();
        using var releaseFirstSend = new ManualResetEventSlim();
        _connector.OnSend = (_, _) =>
        {
            firstSendStarted.Set();
            releaseFirstSend.Wait(TimeSpan.FromSeconds(30));
            return null;
        };
        var sut = CreateSut();

        await sut.StartAsync(default);
        Assert.True(firstSendStarted.Wait(TimeSpan.FromSeconds(30)), "the first send did not start");
        // The one sending slot is taken; the second message waits in memory while Teams keeps the first one.
        _clock.Advance(Visibility / 2 + TimeSpan.FromSeconds(1));
        releaseFirstSend.Set();
        await WaitUntilAsync(async () => (await new OutboxStore(_tables).GetAsync(Tenant, "first", default))?.State == OutboxState.Sent);
        await sut.StopAsync(default);

        Assert.Single(_connector.Sent);
        Assert.Equal(OutboxState.Pending, (await new OutboxStore(_tables).GetAsync(Tenant, "second", default))!.State);
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

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
        var reference = new ConversationReference(Tenant, "a:29:rep", ConversationScope.Personal, "https://smba.trafficmanager.net/amer/", "28:bot")
        {
            UserId = "29:rep",
            UserAadObjectId = "aad-rep",
        };
        await Conversations().MarkInstalledAsync(reference, [new ConversationMember("29:rep", "aad-rep", "Alex")], default);
    }

    private ConversationStore Conversations() => new(_tables, _clock, NullLogger<ConversationStore>.Instance);

    private DeliveryService CreateSut()
    {
        var options = Options.Create(new DeliveryOptions { Concurrency = 1, VisibilityTimeout = Visibility });
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
        return new DeliveryService(_queues, sender, options, _clock, NullLogger<DeliveryService>.Instance);
    }
}
