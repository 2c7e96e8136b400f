using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.People;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>
/// A person who blocked the bot, through the real sender, people store, outbox and queue on Azurite: their
/// manager hears of it once per time they became unreachable, however many 403s arrive at once.
/// </summary>
public sealed class UnreachableRecipientTests
{
    private const string Tenant = PeopleTestbed.Tenant;
    private const string Rep = "aad-rep";
    private const string Manager = "aad-boss";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly PeopleTestbed _bed = new();
    private readonly CadenceQueues _queues = TestTables.CreateQueues(AzuriteStorage.UniquePrefix());
    private readonly FakeConnector _connector = new();
    private readonly Mock<IPeopleStore> _people = new(MockBehavior.Strict);

    private static readonly string RepChat = FakeConnector.PersonalChatIdOf("29:rep");
    private static readonly string ManagerChat = FakeConnector.PersonalChatIdOf("29:boss");

    public UnreachableRecipientTests()
    {
        _connector.OnSend = (address, _) => address.ConversationId == RepChat ? ConnectorOutcome.RecipientBlocked : null;
        _people.Setup(p => p.GetAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string t, string id, CancellationToken ct) => _bed.Store.GetAsync(t, id, ct));
        _people.Setup(p => p.GetRecentAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string t, string id, CancellationToken ct) => _bed.Store.GetRecentAsync(t, id, ct));
        SetUnreachableThrough(null);
    }

    [Fact]
    public async Task SendAsync_TwoRefusalsRacing_TellTheManagerOnceAndLaterMessagesAreNotSent()
    {
        await SeedAsync();
        var marking = new Rendezvous(2);
        SetUnreachableThrough(marking);
        var sut = CreateSut();
        var first = await EnqueueAsync("k1");
        var second = await EnqueueAsync("k2");

        var outcomes = await Task.WhenAll(
            Task.Run(() => sut.SendAsync(first, default)),
            Task.Run(() => sut.SendAsync(second, default)));
        await SendQueuedAsync(sut);
        var later = await sut.SendAsync(await EnqueueAsync("k3"), default);

        Assert.Equal(2, marking.Arrived);
        Assert.Equal([DeliveryOutcome.RecipientBlocked, DeliveryOutcome.RecipientBlocked], outcomes);
        var notice = Assert.Single(_connector.Delivered, m => m.ConversationId == ManagerChat);
        Assert.Contains("Riley Rep", notice.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(DeliveryOutcome.Unreachable, later);
        Assert.Equal(2, _connector.Calls.Count(c => c.Address?.ConversationId == RepChat));
        Assert.True((await _bed.Store.GetAsync(Tenant, Rep, default))!.Unreachable);
    }

    [Fact]
    public async Task SendAsync_BlockedAgainAfterComingBack_TellsTheManagerAgain()
    {
        await SeedAsync();
        var sut = CreateSut();

        var first = await sut.SendAsync(await EnqueueAsync("k1"), default);
        await SendQueuedAsync(sut);
        await ReinstallAsync();
        var second = await sut.SendAsync(await EnqueueAsync("k2"), default);
        await SendQueuedAsync(sut);

        Assert.Equal([DeliveryOutcome.RecipientBlocked, DeliveryOutcome.RecipientBlocked], [first, second]);
        Assert.Equal(2, _connector.Delivered.Count(m => m.ConversationId == ManagerChat));
    }

    [Fact]
    public async Task MarkUnreachableAsync_AlreadyUnreachable_QueuesNoNotice()
    {
        await SeedAsync();
        await _bed.Store.SetUnreachableAsync(Tenant, Rep, unreachable: true, default);
        var sut = new PeopleRecipientStatus(_people.Object, new OutboundQueue(new OutboxStore(_bed.Tables), _queues));

        await sut.MarkUnreachableAsync(Tenant, Rep, "k1", default);

        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
    }

    private void SetUnreachableThrough(Rendezvous? rendezvous) =>
        _people.Setup(p => p.SetUnreachableAsync(
                It.IsAny<string>(),
                It.IsAny<string>(),
                It.IsAny<bool>(),
                It.IsAny<CancellationToken>()))
            .Returns(async (string t, string id, bool unreachable, CancellationToken ct) =>
            {
                if (unreachable && rendezvous is not null)
                {
                    await rendezvous.ArriveAsync();
                }

                return await _bed.Store.SetUnreachableAsync(t, id, unreachable, ct);
            });

    private async Task SeedAsync()
    {
        await _bed.Store.UpsertAsync(Tenant, new PersonSighting(Rep, "Riley Rep", "29:rep"), default);
        await _bed.Store.UpsertAsync(Tenant, new PersonSighting(Manager, "Morgan Boss", "29:boss"), default);
        Assert.Equal(ManagerChange.Changed, await _bed.Store.SetManagerAsync(Tenant, Rep, Manager, null, default));
        await SeedPersonalChatAsync("29:rep", Rep);
        await SeedPersonalChatAsync("29:boss", Manager);
    }

    // What the bot records when the person adds it again: the chat installed and the person reachable.
    private async Task ReinstallAsync()
    {
        await SeedPersonalChatAsync("29:rep", Rep);
        await _bed.Store.SetUnreachableAsync(Tenant, Rep, unreachable: false, default);
    }

    private async Task SeedPersonalChatAsync(string teamsUserId, string aadObjectId)
    {
        var chat = FakeConnector.PersonalChatIdOf(teamsUserId);
        var reference = new ConversationReference(Tenant, chat, ConversationScope.Personal, ServiceUrl, "28:bot")
        {
            UserId = teamsUserId,
            UserAadObjectId = aadObjectId,
        };
        var member = new ConversationMember(teamsUserId, aadObjectId, null);
        await Conversations().MarkInstalledAsync(reference, [member], default);
    }

    private async Task<OutboundPointer> EnqueueAsync(string key)
    {
        var message = new OutboundMessage(Tenant, key, "test", DeliveryTarget.Person(Rep), new Activity { Text = key });
        await new OutboundQueue(new OutboxStore(_bed.Tables), _queues).EnqueueAsync(message, default);
        return new OutboundPointer(Tenant, key);
    }

    // Sends whatever is on the queue, as the delivery service would: the manager's notices among it.
    private async Task SendQueuedAsync(DeliverySender sut)
    {
        var queue = await _queues.GetAsync(OutboundQueue.QueueName, default);
        var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;
        foreach (var message in messages)
        {
            await sut.SendAsync(OutboundPointer.Read(message.MessageText).Pointer!, default);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        }
    }

    private ConversationStore Conversations() => new(_bed.Tables, _bed.Clock, NullLogger<ConversationStore>.Instance);

    private DeliverySender CreateSut() =>
        new(
            new OutboxStore(_bed.Tables),
            new DeadLetterStore(_bed.Tables),
            new ProactiveMessenger(Conversations(), _connector, NullLogger<ProactiveMessenger>.Instance),
            Conversations(),
            _connector,
            new PeopleRecipientStatus(_people.Object, new OutboundQueue(new OutboxStore(_bed.Tables), _queues)),
            Options.Create(new DeliveryOptions()),
            _bed.Clock,
            NullLogger<DeliverySender>.Instance);
}
