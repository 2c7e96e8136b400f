using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class DeliverySenderTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly FakeConnector _connector = new();
    private readonly FakeResolver _resolver = new();
    private readonly CadenceTables _tables;
    private readonly CadenceQueues _queues;

    public DeliverySenderTests()
    {
        _tables = TestTables.Create(_prefix);
        _queues = TestTables.CreateQueues(_prefix);
    }

    private DeliverySender CreateSut(int maxAttempts = 3) =>
        new(
            new OutboxStore(_tables),
            new DeadLetterStore(_tables),
            _connector,
            _resolver,
            _resolver,
            new TeamsRateLimiter(),
            Options.Create(new DeliveryOptions { MaxAttempts = maxAttempts }),
            _clock,
            NullLogger<DeliverySender>.Instance);

    private static OutboundMessage Message(string key, string user = "29:rep") =>
        new(Tenant, key, "test", DeliveryTarget.Person(user), new Activity { Text = "Reminder: " + key });

    private async Task<OutboundPointer> EnqueueAsync(OutboundMessage message)
    {
        await new OutboundQueue(new OutboxStore(_tables), _queues).EnqueueAsync(message, CancellationToken.None);
        return new OutboundPointer(message.TenantId, message.Key);
    }

    [Fact]
    public async Task SendAsync_SamePointerTwice_SendsOnce()
    {
        var pointer = await EnqueueAsync(Message("k1"));
        var sut = CreateSut();

        var first = await sut.SendAsync(pointer, CancellationToken.None);
        var second = await sut.SendAsync(pointer, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, first);
        Assert.Equal(DeliveryOutcome.AlreadyHandled, second);
        Assert.Single(_connector.Sent);
    }

    [Fact]
    public async Task EnqueueAsync_SameKeyAfterSending_QueuesNothingNew()
    {
        var pointer = await EnqueueAsync(Message("k1"));
        await CreateSut().SendAsync(pointer, CancellationToken.None);

        await EnqueueAsync(Message("k1"));
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, CancellationToken.None);
        var waiting = (await queue.PeekMessagesAsync(32)).Value.Length;

        Assert.Equal(1, waiting);
    }

    [Fact]
    public async Task SendAsync_RecipientBlockedTheBot_MarksThemAndSkipsTheirNextMessage()
    {
        _connector.OnSend = (_, _) => ConnectorOutcome.RecipientBlocked;
        var sut = CreateSut();

        var first = await sut.SendAsync(await EnqueueAsync(Message("k1")), CancellationToken.None);
        var second = await sut.SendAsync(await EnqueueAsync(Message("k2")), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.RecipientBlocked, first);
        Assert.Equal(DeliveryOutcome.Unreachable, second);
        Assert.True(_resolver.Unreachable.ContainsKey("29:rep"));
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task SendAsync_KeepsFailing_IsDeadLetteredWithTheReasonAfterMaxAttempts()
    {
        _connector.OnSend = (_, _) => throw new ConnectorException("boom", 500, "InternalError");
        var pointer = await EnqueueAsync(Message("k1"));
        var sut = CreateSut(maxAttempts: 2);

        var first = await sut.SendAsync(pointer, CancellationToken.None);
        var second = await sut.SendAsync(pointer, CancellationToken.None);
        var third = await sut.SendAsync(pointer, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.RetryLater, first);
        Assert.Equal(DeliveryOutcome.DeadLettered, second);
        Assert.Equal(DeliveryOutcome.AlreadyHandled, third);
        var letter = Assert.Single(await new DeadLetterStore(_tables).ListAsync(Tenant, 10, CancellationToken.None));
        Assert.Equal("k1", letter.Key);
        Assert.Contains("500", letter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ClaimedByAnotherSender_WaitsForItsLeaseToExpire()
    {
        var pointer = await EnqueueAsync(Message("k1"));
        var outbox = new OutboxStore(_tables);
        var entry = await outbox.GetAsync(Tenant, "k1", CancellationToken.None);
        await outbox.TryUpdateAsync(entry!, OutboxState.Sending, 1, _clock.GetUtcNow().AddMinutes(2), null, null, CancellationToken.None);
        var sut = CreateSut();

        var during = await sut.SendAsync(pointer, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var after = await sut.SendAsync(pointer, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.InProgressElsewhere, during);
        Assert.Equal(DeliveryOutcome.Sent, after);
        Assert.Single(_connector.Sent);
    }

    [Fact]
    public async Task SendAsync_LargeCard_SurvivesTheOutboxIntact()
    {
        var text = new string('x', 70_000);
        var pointer = await EnqueueAsync(Message("big") with { Activity = new Activity { Text = text } });

        await CreateSut().SendAsync(pointer, CancellationToken.None);

        Assert.Equal(text, Assert.Single(_connector.Sent).Text);
    }
}
