using Azure.Core;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Tests.Operations;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Graph;

/// <summary>
/// The Graph features wired as in the service: the real SDK client against <see cref="FakeGraphServer"/>, the real
/// stores on Azurite under the test's own prefix, a watched fake clock and the test's own meter.
/// </summary>
internal sealed class GraphTestbed : IAsyncDisposable
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private GraphTestbed(FakeGraphServer server, GraphOptions options, TokenCredential? credential)
    {
        Server = server;
        Options = options;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var prefix = AzuriteStorage.UniquePrefix();
        var tables = TestTables.Create(prefix);
        Schedule = new WorkSchedule(tables);
        People = new TablePeopleStore(
            tables,
            Microsoft.Extensions.Options.Options.Create(new PeopleOptions { DefaultTimeZone = "Europe/Berlin" }),
            new RecentSightings(Clock),
            NullLogger<TablePeopleStore>.Instance);
        Conversations = new ConversationStore(tables, Clock, NullLogger<ConversationStore>.Instance);
        Outbox = new OutboxStore(tables);
        var outbound = new OutboundQueue(Outbox, TestTables.CreateQueues(prefix));
        var client = GraphServiceClientBuilder.Create(
            options,
            credential,
            Clock,
            Recorder.Metrics,
            NullLogger<GraphRetryHandler>.Instance);
        Directory = new GraphDirectory(client, wrapped);
        Syncs = new OrgSyncStore(tables);
        Sync = new OrganisationSync(Directory, People, Syncs, wrapped, Clock, NullLogger<OrganisationSync>.Instance);
        Proposals = new ProposalStore(tables, Clock);
        Discovery = new OneOnOneDiscovery(
            Directory,
            People,
            Proposals,
            outbound,
            [Sink],
            wrapped,
            Clock,
            NullLogger<OneOnOneDiscovery>.Instance);
        Installer = new ProactiveInstaller(
            Directory,
            Conversations,
            wrapped,
            Recorder.Metrics,
            NullLogger<ProactiveInstaller>.Instance);
        Refresh = new OrganisationRefresh(
            Sync,
            Installer,
            Discovery,
            People,
            wrapped,
            Recorder.Metrics,
            NullLogger<OrganisationRefresh>.Instance);
        Outbound = outbound;
    }

    public FakeGraphServer Server { get; }

    public GraphOptions Options { get; }

    public WatchedClock Clock { get; } = new();

    public MetricRecorder Recorder { get; } = new();

    public RecordingScheduleSink Sink { get; } = new();

    internal WorkSchedule Schedule { get; }

    internal TablePeopleStore People { get; }

    internal ConversationStore Conversations { get; }

    internal OutboxStore Outbox { get; }

    internal OutboundQueue Outbound { get; }

    internal GraphDirectory Directory { get; }

    internal OrgSyncStore Syncs { get; }

    internal OrganisationSync Sync { get; }

    internal ProposalStore Proposals { get; }

    internal OneOnOneDiscovery Discovery { get; }

    internal ProactiveInstaller Installer { get; }

    internal OrganisationRefresh Refresh { get; }

    public static async Task<GraphTestbed> StartAsync(Action<GraphOptions>? configure = null, TokenCredential? credential = null)
    {
        var server = await FakeGraphServer.StartAsync();
        var options = new GraphOptions
        {
            Enabled = true,
            BaseUrl = new Uri(server.BaseUrl),
            TenantId = Tenant,
            TeamsAppExternalId = "f31b1263-ba99-435a-a679-911d24850d7c",
            MaxRetryWait = TimeSpan.FromSeconds(30),
        };
        options.OrganisationSync.Enabled = true;
        options.CalendarDiscovery.Enabled = true;
        options.ProactiveInstall.Enabled = true;
        configure?.Invoke(options);
        return new GraphTestbed(server, options, credential);
    }

    /// <summary>Records a person as if they had been seen in Teams, with an optional manager set in the bot.</summary>
    public async Task<Person> KnowAsync(TestPerson person, string? managerId = null)
    {
        var stored = await People.UpsertAsync(Tenant, new PersonSighting(person.Id, person.Name, Email: person.Mail), CancellationToken.None);
        if (managerId is not null)
        {
            Assert.Equal(
                ManagerChange.Changed,
                await People.SetManagerAsync(Tenant, person.Id, managerId, stored.ManagerId, CancellationToken.None));
        }

        return (await People.GetAsync(Tenant, person.Id, CancellationToken.None))!;
    }

    public async Task<string?> ManagerOfAsync(TestPerson person) =>
        (await People.GetAsync(Tenant, person.Id, CancellationToken.None))?.ManagerId;

    public async ValueTask DisposeAsync()
    {
        Recorder.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Someone in the test organisation.</summary>
internal sealed record TestPerson(string Id, string Name, string Mail)
{
    public static readonly TestPerson Leader = new("a0000000-0000-4000-8000-000000000001", "Lee Leader", "lee@contoso.com");
    public static readonly TestPerson Manager = new("a0000000-0000-4000-8000-000000000002", "Mia Manager", "mia@contoso.com");
    public static readonly TestPerson OtherManager = new("a0000000-0000-4000-8000-000000000003", "Omar Other", "omar@contoso.com");
    public static readonly TestPerson Rep = new("a0000000-0000-4000-8000-000000000004", "Rae Rep", "rae@contoso.com");
    public static readonly TestPerson SecondRep = new("a0000000-0000-4000-8000-000000000005", "Sam Second", "sam@contoso.com");

    public string AsReport() => GraphShapes.ReportUser(Id, Name, Mail);

    public string AsUser() => GraphShapes.User(Id, Name, Mail);

    public string AsManager() => GraphShapes.Manager(Id, Name, Mail);
}

/// <summary>The 1:1 feature's side of a confirmation, recorded.</summary>
internal sealed class RecordingScheduleSink : IOneOnOneScheduleSink
{
    private readonly List<ProposedOneOnOne> _confirmed = [];

    public IReadOnlyList<ProposedOneOnOne> Confirmed
    {
        get
        {
            lock (_confirmed)
            {
                return [.. _confirmed];
            }
        }
    }

    public Task ConfirmAsync(ProposedOneOnOne proposal, CancellationToken cancellationToken)
    {
        lock (_confirmed)
        {
            _confirmed.Add(proposal);
        }

        return Task.CompletedTask;
    }
}
