using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>
/// The real sender, connector client and rate limiter against a loopback connector that throttles and
/// fails now and then, on real time: what arrived is checked against Teams' limits afterwards.
/// </summary>
public sealed class DeliveryUnderLimitsTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly TimeSpan Slack = LimitedTeamsServer.Slack;
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly CadenceTables _tables;
    private readonly CadenceQueues _queues;

    public DeliveryUnderLimitsTests()
    {
        _tables = TestTables.Create(_prefix);
        _queues = TestTables.CreateQueues(_prefix);
    }

    private DeliveryService CreateInstance(
        int concurrency = 16,
        CadenceQueues? queues = null,
        IReadOnlyList<SendWindow>? tenantWindows = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Credentials:Kind"] = "None",
            ["Bot:Connector:BaseDelay"] = "00:00:00.050",
            ["Bot:Connector:MaxDelay"] = "00:00:00.200",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment())
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new TeamsRateLimiter(
                TeamsRateLimiter.TeamsConversationWindows,
                tenantWindows ?? TeamsRateLimiter.TeamsTenantWindows))
            .AddSingleton<TeamsRateGate>()
            .AddSingleton<IConnectorRequestGate>(sp => sp.GetRequiredService<TeamsRateGate>())
            .AddSingleton<IConnectorThrottleListener>(sp => sp.GetRequiredService<TeamsRateGate>())
            .AddTeamsConnector(configuration)
            .BuildServiceProvider();
        var conversations = new ConversationStore(_tables, TimeProvider.System, NullLogger<ConversationStore>.Instance);
        var connector = services.GetRequiredService<IConnectorClient>();
        var options = Options.Create(new DeliveryOptions
        {
            Concurrency = concurrency,
            VisibilityTimeout = TimeSpan.FromSeconds(30),
            IdlePoll = TimeSpan.FromMilliseconds(100),
        });
        var sender = new DeliverySender(
            new OutboxStore(_tables),
            new DeadLetterStore(_tables),
            new ProactiveMessenger(conversations, connector, NullLogger<ProactiveMessenger>.Instance),
            conversations,
            connector,
            new FakeRecipients(),
            options,
            TimeProvider.System,
            NullLogger<DeliverySender>.Instance);
        return new DeliveryService(
            queues ?? _queues,
            sender,
            new DeadLetterStore(_tables),
            options,
            TimeProvider.System,
            NullLogger<DeliveryService>.Instance,
            services.GetRequiredService<TeamsRateLimiter>());
    }

    private async Task<List<string>> EnqueueAsync(string serviceUrl, int people, int messagesEach, int firstPerson = 0)
    {
        var conversations = new ConversationStore(_tables, TimeProvider.System, NullLogger<ConversationStore>.Instance);
        var queue = new OutboundQueue(new OutboxStore(_tables), _queues);
        var keys = new List<string>();
        for (var p = firstPerson; p < firstPerson + people; p++)
        {
            var reference = new ConversationReference(Tenant, $"a:chat-{p}", ConversationScope.Personal, serviceUrl, "28:bot")
            {
                UserId = $"29:user-{p}",
                UserAadObjectId = $"aad-{p}",
            };
            await conversations.MarkInstalledAsync(reference, [new ConversationMember($"29:user-{p}", $"aad-{p}", null)], default);
            for (var m = 0; m < messagesEach; m++)
            {
                var key = $"reminder-{p}-{m}";
                keys.Add(key);
                await queue.EnqueueAsync(
                    new OutboundMessage(Tenant, key, "test", DeliveryTarget.Person($"aad-{p}"), new Activity { Text = key }),
                    default);
            }
        }

        return keys;
    }

    private static async Task DrainAsync(LimitedTeamsServer server, int expected, params DeliveryService[] instances)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (server.Requests.Count(r => r.Status == 201) < expected)
        {
            var taken = await Task.WhenAll(instances.Select(i => i.DrainOnceAsync(timeout.Token)));
            if (taken.Sum() == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, timeout.Token);
            }
        }

        // One more pass each: a duplicate would show up now.
        await Task.WhenAll(instances.Select(i => i.DrainOnceAsync(timeout.Token)));
    }

    // The service as the host runs it: receiving continuously until stopped.
    private static async Task RunAsync(LimitedTeamsServer server, int expected, params DeliveryService[] instances)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Task.WhenAll(instances.Select(i => i.StartAsync(timeout.Token)));
        while (server.Requests.Count(r => r.Status == 201) < expected)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, timeout.Token);
        }

        // A duplicate would show up now.
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, timeout.Token);
        await Task.WhenAll(instances.Select(i => i.StopAsync(timeout.Token)));
    }

    private static IEnumerable<string> Accepted(LimitedTeamsServer server) =>
        server.Requests.Where(r => r.Status == 201).Select(r => Text(r.Body));

    [Fact]
    public async Task Drain_ConnectorThrottlesAndFails_EverythingDeliveredOnceWithinTeamsLimits()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 11, failEvery: 7);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 2, messagesEach: 20);

        await DrainAsync(server, keys.Count, CreateInstance());

        Assert.Equal(keys.Order(), Accepted(server).Order());
        Assert.Contains(server.Requests, r => r.Status == 429);
        Assert.Contains(server.Requests, r => r.Status == 503);
        AssertWithinTeamsLimits(server);
    }

    [Fact]
    public async Task Run_ManyConversationsOfOneTenant_KeepsTheTenantRateAndItsPauses()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 37, failEvery: 23);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 60, messagesEach: 1);

        await RunAsync(server, keys.Count, CreateInstance(concurrency: 32));

        Assert.Equal(keys.Order(), Accepted(server).Order());
        Assert.Contains(server.Requests, r => r.Status == 429);
        AssertWithinTeamsLimits(server);
    }

    // A tenant limit far below what the sender manages here, so that it must hold requests back for the tenant.
    [Fact]
    public async Task Run_TenantLimitBelowTheSendersPace_NoSecondHasMoreRequestsThanTheLimit()
    {
        IReadOnlyList<SendWindow> tenant = [new(TimeSpan.FromSeconds(1), 8)];
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 1000, failEvery: 1000, tenant);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 40, messagesEach: 1);

        await RunAsync(server, keys.Count, CreateInstance(concurrency: 32, tenantWindows: tenant));

        Assert.Equal(keys.Order(), Accepted(server).Order());
        Assert.Empty(server.Violations);
        Assert.Equal(0, server.Throttled);
    }

    [Fact]
    public async Task Drain_TwoInstancesOnOneQueue_EachMessageDeliveredExactlyOnce()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 1000, failEvery: 1000);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 30, messagesEach: 2);

        await DrainAsync(server, keys.Count, CreateInstance(), CreateInstance());

        Assert.Equal(keys.Order(), Accepted(server).Order());
    }

    [Fact]
    public async Task Run_ConnectorThrottlesAndFails_EverythingDeliveredOnceWithinTeamsLimits()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 11, failEvery: 7);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 4, messagesEach: 15);

        await RunAsync(server, keys.Count, CreateInstance());

        Assert.Equal(keys.Order(), Accepted(server).Order());
        Assert.Contains(server.Requests, r => r.Status == 429);
        AssertWithinTeamsLimits(server);
    }

    [Fact]
    public async Task Run_TwoInstancesOnOneQueue_EachMessageDeliveredExactlyOnce()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 1000, failEvery: 1000);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 30, messagesEach: 2);

        await RunAsync(server, keys.Count, CreateInstance(), CreateInstance());

        Assert.Equal(keys.Order(), Accepted(server).Order());
    }

    [Fact]
    public async Task Run_OneConversationHeldByItsWindow_OtherMessagesAreReceivedAndSentMeanwhile()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 1000, failEvery: 1000);
        var held = await EnqueueAsync(server.ServiceUrl, people: 1, messagesEach: 12);
        var others = await EnqueueAsync(server.ServiceUrl, people: 20, messagesEach: 1, firstPerson: 1);

        await RunAsync(server, held.Count + others.Count, CreateInstance(concurrency: 16));

        var accepted = server.Requests.Where(r => r.Status == 201).ToList();
        var heldLast = accepted.Where(r => held.Contains(Text(r.Body))).Max(r => r.At);
        var othersLast = accepted.Where(r => others.Contains(Text(r.Body))).Max(r => r.At);
        Assert.True(othersLast < heldLast, $"the others finished {othersLast - heldLast} after the held conversation");
    }

    [Fact]
    public async Task Run_QueueServiceSlowToDelete_SendingGoesOnAheadOfTheDeletes()
    {
        await using var server = await LimitedTeamsServer.StartAsync(throttleEvery: 1000, failEvery: 1000);
        var keys = await EnqueueAsync(server.ServiceUrl, people: 40, messagesEach: 1);
        var slowDeletes = new SlowDeletes(TimeSpan.FromSeconds(2));
        var options = new Azure.Storage.Queues.QueueClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(slowDeletes, Azure.Core.HttpPipelinePosition.PerCall);
        var instance = CreateInstance(concurrency: 16, queues: new CadenceQueues(TestTables.Options(_prefix), options));
        int deletedWhenAllWereSent;

        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await instance.StartAsync(timeout.Token);
            while (server.Requests.Count(r => r.Status == 201) < keys.Count)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, timeout.Token);
            }

            deletedWhenAllWereSent = slowDeletes.Finished;
            await instance.StopAsync(timeout.Token);
        }

        // A sender that deleted each message before taking the next would have deleted at least 40 - 16 by the time
        // the last 16 were sent; deletes of 2 s each, 8 at a time, get that far only after 6 s.
        Assert.InRange(deletedWhenAllWereSent, 0, keys.Count - 16 - 1);
        Assert.Equal(keys.Count, slowDeletes.Finished);
        Assert.Equal(0, (await (await _queues.GetAsync(OutboundQueue.QueueName, default)).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    // No conversation window broken, no tenant limit or pause broken (the server checked those as requests
    // arrived), and every retry after a 429 waited for its Retry-After.
    private static void AssertWithinTeamsLimits(LimitedTeamsServer server)
    {
        Assert.Empty(server.Violations);
        foreach (var conversation in server.Requests.GroupBy(r => r.Conversation))
        {
            var sent = conversation.Where(r => r.Status == 201).Select(r => r.At).Order().ToList();
            foreach (var window in TeamsRateLimiter.TeamsConversationWindows)
            {
                for (var i = 0; i + window.Limit < sent.Count; i++)
                {
                    Assert.True(
                        sent[i + window.Limit] - sent[i] >= window.Length - Slack,
                        $"{window.Limit + 1} sends to {conversation.Key} within {window.Length}: "
                        + $"{sent[i + window.Limit] - sent[i]}");
                }
            }
        }

        foreach (var message in server.Requests.GroupBy(r => r.Body))
        {
            var tries = message.OrderBy(r => r.At).ToList();
            for (var i = 0; i + 1 < tries.Count; i++)
            {
                if (tries[i].Status == 429)
                {
                    Assert.True(
                        tries[i + 1].At - tries[i].At >= TimeSpan.FromSeconds(1) - Slack,
                        "Retry-After was not honoured");
                }
            }
        }
    }

    private static string Text(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("text").GetString()!;

    /// <summary>Holds every delete request to the queue service for a while, as a busy queue service would.</summary>
    private sealed class SlowDeletes(TimeSpan delay) : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private int _finished;

        public int Finished => Volatile.Read(ref _finished);

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The sender deletes asynchronously.");

        public override async ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            var delete = message.Request.Method == Azure.Core.RequestMethod.Delete;
            if (delete)
            {
                await Task.Delay(delay, TimeProvider.System);
            }

            await ProcessNextAsync(message, pipeline);
            if (delete)
            {
                Interlocked.Increment(ref _finished);
            }
        }
    }
}
