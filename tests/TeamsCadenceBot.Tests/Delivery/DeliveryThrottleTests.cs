using System.Collections.Concurrent;
using System.Globalization;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
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
/// A 429 from Teams through the real sender, connector client and rate gate, on a fake clock: the tenant is paused
/// for the Retry-After and the throttled message comes back no sooner, also when the client gives up on the call.
/// </summary>
public sealed class DeliveryThrottleTests : IAsyncDisposable
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly WatchedClock _clock = new();
    private readonly string _prefix = AzuriteStorage.UniquePrefix();
    private readonly CadenceTables _tables;
    private readonly CadenceQueues _queues;
    private readonly QueueUpdates _updates = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private readonly LoopbackServer<(string Path, DateTimeOffset At)> _teams;
    private ServiceProvider? _services;

    public DeliveryThrottleTests()
    {
        _tables = TestTables.Create(_prefix);
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(_updates, Azure.Core.HttpPipelinePosition.PerCall);
        _queues = new CadenceQueues(TestTables.Options(_prefix), options);
        _teams = new LoopbackServer<(string, DateTimeOffset)>(
            (context, _) => (context.Request.Path, _clock.GetUtcNow()),
            AnswerAsync);
    }

    [Fact]
    public async Task Run_RetryAfterLongerThanTheClientWaits_PausesTheTenantAndHidesItsMessagesForThatLong()
    {
        _script.Enqueue((429, "600"));
        var sut = await CreateSutAsync(connectorAttempts: 5);
        await EnqueueAsync(people: 2);

        await sut.StartAsync(default);
        await WaitUntilAsync(() => _updates.Visibilities.Count >= 2 || _teams.Requests.Count >= 2);
        await sut.StopAsync(default);

        Assert.Single(_teams.Requests);
        Assert.All(_updates.Visibilities, v => Assert.True(v >= TimeSpan.FromSeconds(600), $"shown again after {v}"));
        var rows = await OutboxRowsAsync(people: 2);
        // The throttled try does not count towards the dead-letter table; the other message was never tried.
        Assert.All(rows, r => Assert.Equal((OutboxState.Pending, 0), (r.State, r.Attempts)));
    }

    [Fact]
    public async Task Run_ThrottledOnTheLastAttempt_NoRequestForTheTenantUntilRetryAfterPassed()
    {
        _script.Enqueue((429, "45"));
        var sut = await CreateSutAsync(connectorAttempts: 1);
        await EnqueueAsync(people: 2);

        await sut.StartAsync(default);
        await WaitUntilAsync(() => _clock.Waits.Contains(TimeSpan.FromSeconds(45)));
        var requestsDuringThePause = _teams.Requests.Count;
        var throttledShownAgainAfter = _updates.Visibilities.ToList();
        _clock.Advance(TimeSpan.FromSeconds(45));
        await _teams.WaitForRequestsAsync(2);
        await sut.StopAsync(default);

        Assert.Equal(1, requestsDuringThePause);
        Assert.True(Assert.Single(throttledShownAgainAfter) >= TimeSpan.FromSeconds(45));
        var requests = _teams.Requests;
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(45), "sent before the Retry-After ended");
    }

    public async ValueTask DisposeAsync()
    {
        await _teams.DisposeAsync();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    private async Task AnswerAsync(HttpContext context, (string Path, DateTimeOffset At) request)
    {
        var (status, retryAfter) = _script.TryDequeue(out var next) ? next : (201, null);
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsJsonAsync(
            status == 201 ? new { id = "m1" } : (object)new { error = new { code = "Throttled" } });
    }

    private async Task EnqueueAsync(int people)
    {
        var conversations = new ConversationStore(_tables, _clock, NullLogger<ConversationStore>.Instance);
        var queue = new OutboundQueue(new OutboxStore(_tables), _queues);
        for (var p = 0; p < people; p++)
        {
            var chat = $"a:chat-{p}";
            var reference = new ConversationReference(Tenant, chat, ConversationScope.Personal, _teams.BaseUrl + "/", "28:bot")
            {
                UserId = $"29:user-{p}",
                UserAadObjectId = $"aad-{p}",
            };
            var member = new ConversationMember($"29:user-{p}", $"aad-{p}", null);
            await conversations.MarkInstalledAsync(reference, [member], default);
            var message = new OutboundMessage(
                Tenant,
                $"k{p}",
                "test",
                DeliveryTarget.Person($"aad-{p}"),
                new Activity { Text = $"k{p}" });
            await queue.EnqueueAsync(message, default);
        }
    }

    private async Task<List<OutboxEntry>> OutboxRowsAsync(int people)
    {
        var rows = new List<OutboxEntry>();
        for (var p = 0; p < people; p++)
        {
            rows.Add((await new OutboxStore(_tables).GetAsync(Tenant, $"k{p}", default))!);
        }

        return rows;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the sender did not get there");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    private async Task<DeliveryService> CreateSutAsync(int connectorAttempts)
    {
        await _teams.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Credentials:Kind"] = "None",
            ["Bot:Connector:MaxAttempts"] = connectorAttempts.ToString(CultureInfo.InvariantCulture),
            ["Bot:Connector:MaxRetryAfter"] = "00:01:00",
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment())
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<TeamsRateLimiter>()
            .AddSingleton<TeamsRateGate>()
            .AddSingleton<IConnectorRequestGate>(sp => sp.GetRequiredService<TeamsRateGate>())
            .AddSingleton<IConnectorThrottleListener>(sp => sp.GetRequiredService<TeamsRateGate>())
            .AddTeamsConnector(configuration)
            .BuildServiceProvider();
        var conversations = new ConversationStore(_tables, _clock, NullLogger<ConversationStore>.Instance);
        var connector = _services.GetRequiredService<IConnectorClient>();
        var options = Options.Create(new DeliveryOptions
        {
            Concurrency = 1,
            VisibilityTimeout = TimeSpan.FromMinutes(2),
            IdlePoll = TimeSpan.FromMinutes(10),
        });
        var sender = new DeliverySender(
            new OutboxStore(_tables),
            new DeadLetterStore(_tables),
            new ProactiveMessenger(conversations, connector, NullLogger<ProactiveMessenger>.Instance),
            conversations,
            connector,
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
            _services.GetRequiredService<TeamsRateLimiter>());
    }
}
