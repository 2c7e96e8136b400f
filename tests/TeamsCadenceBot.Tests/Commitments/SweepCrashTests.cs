using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Tests.Delivery;
using TeamsCadenceBot.Tests.Fakes;

namespace TeamsCadenceBot.Tests.Commitments;

/// <summary>
/// The process dies in the middle of a sweep, at every storage request of it in turn, and another starts on the
/// same storage: what the sweep was to send is sent, each message once.
/// </summary>
public sealed class SweepCrashTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 12, 8, 16, 0, 0, TimeSpan.Zero);

    // After the dead process's claims have lapsed (SchedulerOptions.ClaimLease), before anything else falls due.
    private static readonly DateTimeOffset Restart = Due + new SchedulerOptions().ClaimLease + TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Sweep_ProcessDiesAtAnyRequestAndAnotherStarts_NothingLostNothingSentTwice()
    {
        var whole = new RequestCounter(dieAfter: int.MaxValue);
        var expected = await RunAsync(whole);
        Assert.Equal(["commitment.due", "commitment.due"], expected.SentKinds);
        Assert.Equal([CommitmentState.Missed, CommitmentState.Missed], expected.States);

        // Each request of the sweep in turn is the last: it reaches storage, its answer never reaches the process.
        for (var last = 1; last <= whole.Seen; last++)
        {
            var outcome = await RunAsync(new RequestCounter(dieAfter: last));

            Assert.True(expected.SentKinds.SequenceEqual(outcome.SentKinds), $"dying after request {last} sent {string.Join(", ", outcome.SentKinds)}");
            Assert.True(expected.States.SequenceEqual(outcome.States), $"dying after request {last} left {string.Join(", ", outcome.States)}");
            Assert.True(outcome.SentKeys.Count == outcome.SentKeys.Distinct().Count(), $"dying after request {last} sent a message twice");
        }
    }

    // Seeds two commitments due at the same time, runs one sweep at their due time in a process whose storage
    // stops answering after the counter's limit, then a sweep in a new process after the claims lapse, and sends
    // everything queued.
    private static async Task<Outcome> RunAsync(RequestCounter counter)
    {
        var seeded = new CommitmentTestbed(Start);
        await seeded.SeedTeamAsync();
        var items = new[] { await seeded.CommitAsync(Due), await seeded.CommitAsync(Due) };
        await SeedPersonalChatAsync(seeded);

        var dying = new CommitmentTestbed(Due, seeded.Prefix, counter);
        try
        {
            await dying.Sweep.RunOnceAsync(default);
        }
        catch (Exception e) when (counter.Died)
        {
            // The process is gone; whatever it wrote stays.
            _ = e;
        }

        var restarted = new CommitmentTestbed(Restart, seeded.Prefix);
        await restarted.Sweep.RunOnceAsync(default);
        var sent = await SendEverythingQueuedAsync(restarted);
        var states = new List<CommitmentState>();
        foreach (var item in items)
        {
            states.Add((await restarted.Store.GetAsync(CommitmentTestbed.Tenant, item.Id, default))!.State);
        }

        return new Outcome(
            [.. sent.Select(m => m.Kind).Order(StringComparer.Ordinal)],
            [.. sent.Select(m => m.Key)],
            states);
    }

    private static async Task SeedPersonalChatAsync(CommitmentTestbed bed)
    {
        var conversations = new ConversationStore(bed.Tables, bed.Clock, NullLogger<ConversationStore>.Instance);
        var reference = new ConversationReference(
            CommitmentTestbed.Tenant,
            FakeConnector.PersonalChatIdOf("29:rep"),
            ConversationScope.Personal,
            "https://smba.trafficmanager.net/amer/",
            "28:bot")
        {
            UserId = "29:rep",
            UserAadObjectId = CommitmentTestbed.Rep,
        };
        await conversations.MarkInstalledAsync(reference, [new ConversationMember("29:rep", CommitmentTestbed.Rep, "Alex")], default);
    }

    // The real sender over every pointer on the queue, redelivered ones included; returns what reached Teams.
    private static async Task<List<OutboundMessage>> SendEverythingQueuedAsync(CommitmentTestbed bed)
    {
        var connector = new FakeConnector();
        var conversations = new ConversationStore(bed.Tables, bed.Clock, NullLogger<ConversationStore>.Instance);
        var sender = new DeliverySender(
            bed.Outbox,
            new DeadLetterStore(bed.Tables),
            new ProactiveMessenger(conversations, connector, NullLogger<ProactiveMessenger>.Instance),
            conversations,
            connector,
            new FakeRecipients(),
            Options.Create(new DeliveryOptions()),
            bed.Clock,
            NullLogger<DeliverySender>.Instance);
        var queue = await bed.Queues.GetAsync(OutboundQueue.QueueName, default);
        var sent = new List<OutboundMessage>();
        while ((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } messages)
        {
            foreach (var message in messages)
            {
                var pointer = System.Text.Json.JsonSerializer.Deserialize<OutboundPointer>(message.MessageText)!;
                if (await sender.SendAsync(pointer, default) == DeliveryOutcome.Sent)
                {
                    sent.Add((await bed.Outbox.GetAsync(pointer.TenantId, pointer.Key, default))!.Message);
                }

                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        Assert.Equal(sent.Count, connector.Sent.Count());
        return sent;
    }

    private sealed record Outcome(List<string> SentKinds, List<string> SentKeys, List<CommitmentState> States);

    /// <summary>
    /// Lets requests through until the limit; the last one reaches storage but its answer is lost, and every later
    /// one fails before it is sent, as a process that died would leave it.
    /// </summary>
    private sealed class RequestCounter(int dieAfter) : HttpPipelinePolicy
    {
        private int _seen;

        public int Seen => Volatile.Read(ref _seen);

        public bool Died => Seen >= dieAfter;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The stores call storage asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var number = Interlocked.Increment(ref _seen);
            if (number > dieAfter)
            {
                throw new IOException("The process is gone.");
            }

            await ProcessNextAsync(message, pipeline);
            if (number == dieAfter)
            {
                throw new IOException("The process died before the answer arrived.");
            }
        }
    }
}
