using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Storage;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Tests.Fakes;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.People;

/// <summary>A people store on the real Azurite with its own tables, plus the fakes around it.</summary>
public sealed class PeopleTestbed
{
    public const string Tenant = "tenant-a";

    public PeopleTestbed(string defaultTimeZone = "UTC")
    {
        Tables = new CadenceTables(
            Options.Create(new StorageOptions
            {
                ConnectionString = AzuriteStorage.ConnectionString,
                TablePrefix = AzuriteStorage.UniquePrefix(),
            }),
            AzuriteStorage.FailFastOptions());
        Sightings = new RecentSightings(Clock);
        Store = new TablePeopleStore(
            Tables,
            Options.Create(new PeopleOptions { DefaultTimeZone = defaultTimeZone }),
            Sightings,
            NullLogger<TablePeopleStore>.Instance);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    internal CadenceTables Tables { get; }

    internal RecentSightings Sightings { get; }

    internal TablePeopleStore Store { get; }

    public FakeConnector Connector { get; } = new() { PageSize = 2 };

    public FakeInstalledConversations Installed { get; } = new();

    public static ConversationAddress Address(string conversationId) =>
        new("https://smba.example/emea/", conversationId, Tenant);

    public InstalledConversation Install(string conversationId, string name, params TestUser[] members)
    {
        var conversation = new InstalledConversation(Address(conversationId), ConversationScope.Team, name);
        Installed.Conversations.Add(conversation);
        Connector.SetMembers(conversationId, [.. members.Select(m => m.Member)]);
        return conversation;
    }

    public Turn PersonalTurn(TestUser from, string? text = null, string? clientTimeZone = null, JsonElement? value = null) =>
        Turn(from, new ConversationAccount("a:personal-" + from.TeamsId, "personal", Tenant), text, clientTimeZone, value);

    public Turn Turn(
        TestUser from,
        ConversationAccount conversation,
        string? text = null,
        string? clientTimeZone = null,
        JsonElement? value = null)
    {
        var activity = new Activity
        {
            Type = value is null ? ActivityTypes.Message : ActivityTypes.Invoke,
            Id = Guid.NewGuid().ToString("N"),
            From = from.Account,
            Recipient = new ChannelAccount("28:bot", "Cadence"),
            Conversation = conversation,
            ServiceUrl = "https://smba.example/emea/",
            Text = text,
            Value = value,
            Entities = clientTimeZone is null ? null : [new Entity { Type = "clientInfo", Timezone = clientTimeZone }],
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(Tenant) },
        };
        return new Turn(activity, Tenant, Address(conversation.Id), Connector);
    }

    public async Task<Person> AddAsync(TestUser user, TestUser? manager = null)
    {
        var person = await Store.UpsertAsync(Tenant, user.Sighting, CancellationToken.None);
        if (manager is not null)
        {
            var change = await Store.SetManagerAsync(Tenant, user.AadObjectId, manager.AadObjectId, null, CancellationToken.None);
            Assert.Equal(ManagerChange.Changed, change);
            person = (await Store.GetAsync(Tenant, user.AadObjectId, CancellationToken.None))!;
        }

        return person;
    }

    public async Task<List<Person>> AllAsync()
    {
        var all = new List<Person>();
        await foreach (var person in Store.ListAsync(Tenant, CancellationToken.None))
        {
            all.Add(person);
        }

        return all;
    }

    public async Task<IReadOnlyList<string>> RepNamesAsync(TestUser manager) =>
        [.. (await Store.ListReportsAsync(Tenant, manager.AadObjectId, CancellationToken.None)).Select(p => p.Name)];
}
