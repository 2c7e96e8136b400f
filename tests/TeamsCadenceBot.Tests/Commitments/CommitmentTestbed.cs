using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Commitments;

/// <summary>
/// The commitments feature on a real Azurite with a fake clock: the real store, scheduler, handlers and
/// outbox; what would go to Teams is read back from the outbox.
/// </summary>
internal sealed class CommitmentTestbed
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Manager = "00000000-0000-0000-0000-00000000000a";
    public const string Rep = "00000000-0000-0000-0000-00000000000b";

    /// <param name="start">Where the fake clock starts.</param>
    /// <param name="prefix">The tables and queues to use: another testbed's, to stand for a restarted process.</param>
    /// <param name="storagePolicy">Sees every storage request of this testbed, such as one that plays a crash.</param>
    public CommitmentTestbed(DateTimeOffset start, string? prefix = null, Azure.Core.Pipeline.HttpPipelinePolicy? storagePolicy = null)
    {
        Clock = new FakeTimeProvider(start);
        Prefix = prefix ?? AzuriteStorage.UniquePrefix();
        Tables = storagePolicy is null ? TestTables.Create(Prefix) : TablesWith(Prefix, storagePolicy);
        Queues = storagePolicy is null ? TestTables.CreateQueues(Prefix) : QueuesWith(Prefix, storagePolicy);
        var queues = Queues;
        People = new TablePeopleStore(
            Tables,
            Options.Create(new PeopleOptions()),
            new RecentSightings(Clock),
            NullLogger<TablePeopleStore>.Instance);
        Outbox = new OutboxStore(Tables);
        var outbound = new OutboundQueue(Outbox, queues);
        Schedule = new WorkSchedule(Tables);
        Store = new CommitmentStore(Tables);
        var options = Options.Create(new CommitmentOptions());
        Service = new CommitmentService(Store, Schedule, People, options, Clock);
        var notifier = new CommitmentNotifier(Service, People, outbound);
        Sweep = new SchedulerSweep(
            Schedule,
            new DeadLetterStore(Tables),
            [
                new DayBeforeReminderHandler(Store, notifier),
                new DueHandler(Service, notifier),
                new MissedReminderHandler(Store, notifier),
                new DigestHandler(Store, Service, People, outbound),
            ],
            Options.Create(new SchedulerOptions()),
            Clock,
            NullLogger<SchedulerSweep>.Instance);
    }

    public FakeTimeProvider Clock { get; }

    public string Prefix { get; }

    public CadenceQueues Queues { get; }

    public CadenceTables Tables { get; }

    public TablePeopleStore People { get; }

    public OutboxStore Outbox { get; }

    public WorkSchedule Schedule { get; }

    public CommitmentStore Store { get; }

    public CommitmentService Service { get; }

    public SchedulerSweep Sweep { get; }

    public async Task SeedTeamAsync(string managerZone = "America/New_York", string repZone = "Europe/Berlin")
    {
        await People.UpsertAsync(Tenant, new PersonSighting(Manager, "Megan Bowen", "29:manager", ClientTimeZone: managerZone), default);
        await People.UpsertAsync(Tenant, new PersonSighting(Rep, "Alex Wilber", "29:rep", ClientTimeZone: repZone), default);
        await People.SetManagerAsync(Tenant, Rep, Manager, null, default);
    }

    public Task<Commitment> CommitAsync(DateTimeOffset due, params string[] owners) =>
        Service.CreateAsync(
            Tenant,
            new CommitmentDraft("Send the signed MSA to Contoso legal", OwnerChoice.Me, due, "legal confirms receipt"),
            owners.Length == 0 ? [Rep] : owners,
            Rep,
            new CommitmentOrigin(CommitmentOriginKind.Chat, "a:1"),
            default);

    /// <summary>Moves the clock to <paramref name="at"/> and runs one sweep there.</summary>
    public async Task SweepAtAsync(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }

        await Sweep.RunOnceAsync(default);
    }

    /// <summary>The keys of the outbound messages queued for a person, oldest first.</summary>
    public async Task<IReadOnlyList<string>> QueuedForAsync(string personId, params string[] keys)
    {
        var found = new List<string>();
        foreach (var key in keys)
        {
            if (await Outbox.GetAsync(Tenant, key + ":" + personId, default) is not null)
            {
                found.Add(key);
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<OutboundMessage>> AllQueuedAsync()
    {
        var table = await Tables.GetAsync("outbox", default);
        var messages = new List<OutboundMessage>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: default))
        {
            messages.Add((await Outbox.GetAsync(Tenant, row.GetString("Key"), default))!.Message);
        }

        return messages;
    }

    private static CadenceTables TablesWith(string prefix, Azure.Core.Pipeline.HttpPipelinePolicy policy)
    {
        var options = AzuriteStorage.FailFastOptions();
        options.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerRetry);
        return new CadenceTables(TestTables.Options(prefix), options);
    }

    private static CadenceQueues QueuesWith(string prefix, Azure.Core.Pipeline.HttpPipelinePolicy policy)
    {
        var options = new Azure.Storage.Queues.QueueClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerRetry);
        return new CadenceQueues(TestTables.Options(prefix), options);
    }
}
