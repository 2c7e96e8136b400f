using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Commitments;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

public sealed class DeliverySenderTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly FakeConnector _connector = new();
    private readonly FakeRecipients _recipients = new();
    private readonly CadenceTables _tables;
    private readonly CadenceQueues _queues;

    public DeliverySenderTests()
    {
        _tables = TestTables.Create(_prefix);
        _queues = TestTables.CreateQueues(_prefix);
    }

    private ConversationStore Conversations() => new(_tables, _clock, NullLogger<ConversationStore>.Instance);

    private async Task SeedPersonalChatAsync(string teamsUserId, string aadObjectId)
    {
        var reference = new ConversationReference(Tenant, "a:" + teamsUserId, ConversationScope.Personal, ServiceUrl, "28:bot")
        {
            UserId = teamsUserId,
            UserAadObjectId = aadObjectId,
        };
        await Conversations().MarkInstalledAsync(reference, [new ConversationMember(teamsUserId, aadObjectId, "Alex")], default);
    }

    private DeliverySender CreateSut(
        int maxAttempts = 3,
        OutboxStore? outbox = null,
        IConnectorClient? connector = null) =>
        new(
            outbox ?? new OutboxStore(_tables),
            new DeadLetterStore(_tables),
            new ProactiveMessenger(Conversations(), connector ?? _connector, NullLogger<ProactiveMessenger>.Instance),
            Conversations(),
            connector ?? _connector,
            _recipients,
            Options.Create(new DeliveryOptions { MaxAttempts = maxAttempts }),
            _clock,
            NullLogger<DeliverySender>.Instance);

    private static OutboundMessage Message(string key, string user = "aad-rep") =>
        new(Tenant, key, "test", DeliveryTarget.Person(user), new Activity { Text = "Reminder: " + key });

    private async Task<OutboundPointer> EnqueueAsync(OutboundMessage message)
    {
        await SeedPersonalChatAsync("29:rep", "aad-rep");
        await new OutboundQueue(new OutboxStore(_tables), _queues).EnqueueAsync(message, CancellationToken.None);
        return new OutboundPointer(message.TenantId, message.Key);
    }

    // Teams took the message, then storage failed the write that marks it Sent: it is not taken for a failed send.
    [Fact]
    public async Task SendAsync_MarkingSentFails_SentOnceRowNotSetBackToPending()
    {
        var pointer = await EnqueueAsync(Message("k1"));
        var failure = new FailingStorageRequest(WritesState(nameof(OutboxState.Sent)), afterStorage: false);
        var options = AzuriteStorage.FailFastOptions();
        options.AddPolicy(failure, Azure.Core.HttpPipelinePosition.PerRetry);
        var sut = CreateSut(outbox: new OutboxStore(new CadenceTables(TestTables.Options(_prefix), options)));

        var first = await sut.SendAsync(pointer, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var again = await sut.SendAsync(pointer, CancellationToken.None);

        Assert.True(failure.Failed);
        Assert.Equal((DeliveryOutcome.Sent, DeliveryOutcome.InProgressElsewhere), (first, again));
        Assert.Single(_connector.Sent);
        Assert.Equal(OutboxState.Sending, (await new OutboxStore(_tables).GetAsync(Tenant, "k1", default))!.State);
    }

    // A send that waits past half the claim on its row gives up, so no other instance can claim it mid-send.
    [Fact]
    public async Task SendAsync_SendOutlastsHalfTheClaim_GivesUpAndLeavesTheRowPending()
    {
        var pointer = await EnqueueAsync(Message("k1"));
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hanging = new Moq.Mock<IConnectorClient>();
        hanging
            .Setup(c => c.SendAsync(
                Moq.It.IsAny<ConversationAddress>(),
                Moq.It.IsAny<Activity>(),
                Moq.It.IsAny<CancellationToken>()))
            .Returns(async (ConversationAddress _, Activity _, CancellationToken token) =>
            {
                called.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, token);
                return new ConnectorResult<string>(ConnectorOutcome.Succeeded, "never");
            });
        var sut = CreateSut(connector: hanging.Object);

        var sending = sut.SendAsync(pointer, CancellationToken.None);
        await called.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _clock.Advance(new DeliveryOptions().VisibilityTimeout / 2 - TimeSpan.FromSeconds(1));
        var stillSending = sending.IsCompleted;
        _clock.Advance(TimeSpan.FromSeconds(1));
        var outcome = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(stillSending);
        Assert.Equal(DeliveryOutcome.RetryLater, outcome);
        var row = (await new OutboxStore(_tables).GetAsync(Tenant, "k1", default))!;
        Assert.Equal((OutboxState.Pending, 1), (row.State, row.Attempts));
    }

    private static Func<Azure.Core.HttpMessage, bool> WritesState(string state) => message =>
    {
        if (message.Request.Content is not { } content)
        {
            return false;
        }

        using var body = new MemoryStream();
        content.WriteTo(body, default);
        var json = System.Text.Encoding.UTF8.GetString(body.ToArray());
        return json.Contains($"\"State\":\"{state}\"", StringComparison.Ordinal);
    };

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
    public async Task SendAsync_StoppingJustAfterTeamsAccepted_RowSaysSentAndIsNotSentAgain()
    {
        var pointer = await EnqueueAsync(Message("k1"));
        var sut = CreateSut();
        using var stopping = new CancellationTokenSource();
        _connector.OnSend = (_, _) =>
        {
            stopping.Cancel();
            return null;
        };

        var outcome = await sut.SendAsync(pointer, stopping.Token);
        _clock.Advance(TimeSpan.FromHours(1));
        var again = await sut.SendAsync(pointer, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        Assert.Equal(DeliveryOutcome.AlreadyHandled, again);
        Assert.Single(_connector.Sent);
        Assert.Equal(OutboxState.Sent, (await new OutboxStore(_tables).GetAsync(Tenant, "k1", default))!.State);
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
        Assert.True(_recipients.Unreachable.ContainsKey("aad-rep"));
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
    public async Task SendAsync_ThrottledMoreTimesThanMaxAttempts_NeverDeadLetteredSentOnceTeamsAccepts()
    {
        var throttles = 5;
        _connector.OnSend = (_, _) => throttles-- > 0
            ? throw new ConnectorException("Teams kept answering 429.", 429, null)
            : null;
        var pointer = await EnqueueAsync(Message("k1"));
        var sut = CreateSut(maxAttempts: 2);

        var outcomes = new List<DeliveryOutcome>();
        for (var i = 0; i < 6; i++)
        {
            outcomes.Add(await sut.SendAsync(pointer, CancellationToken.None));
        }

        Assert.Equal([.. Enumerable.Repeat(DeliveryOutcome.RetryLater, 5), DeliveryOutcome.Sent], outcomes);
        Assert.Empty(await new DeadLetterStore(_tables).ListAsync(Tenant, 10, CancellationToken.None));
        Assert.Single(_connector.Sent);
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
    public async Task SendAsync_PersonWithoutAnyChat_IsUnreachableNotAnError()
    {
        var pointer = await EnqueueAsync(Message("k1", user: "aad-nobody"));

        var outcome = await CreateSut().SendAsync(pointer, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Unreachable, outcome);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task SendAsync_ReplacingAnEarlierCard_UpdatesItInPlace()
    {
        var pointer = await EnqueueAsync(Message("k1") with { ReplacesActivityId = "m-old" });

        var outcome = await CreateSut().SendAsync(pointer, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("update", call.Operation);
        Assert.Equal("a:29:rep", call.Address!.ConversationId);
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
