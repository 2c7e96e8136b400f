using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Hosting;

namespace TeamsCadenceBot.Tests.PipelineReviews;

/// <summary>
/// The real service on a loopback port (local-development setting, the test Azurite, a fake clock on
/// <see cref="TestDeals.Today"/>) whose Bot Connector is a loopback server recording every request. Its tenant
/// holds a manager with <see cref="RepCount"/> reps of <see cref="DealsPerRep"/> open deals each, imported
/// through the real deal store, and a configured admin who manages no one. Tests post activities as Teams
/// would, to <c>/api/messages</c>, and read what the service posted from <see cref="Requests"/>.
/// </summary>
public sealed class ReviewEndpointHost : IAsyncLifetime
{
    public const int RepCount = 10;
    public const int DealsPerRep = 200;
    public const string Tenant = ActivityBuilder.TenantId;

    private static readonly DateTimeOffset Start = new(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);

    private readonly ClockedFactory _factory;
    private readonly LoopbackServer<ConnectorRequest> _connector = new(Read, AnswerAsync);
    private readonly HttpClient _client = new();
    private int _nextActivityId;

    public ReviewEndpointHost() => _factory = new ClockedFactory(Clock);

    public FakeTimeProvider Clock { get; } = new(Start);

    public static TeamsUser Manager { get; } = User("f0", "Megan Bowen");

    public static TeamsUser Admin { get; } = User("f1", "Patti Fernandez");

    public static IReadOnlyList<TeamsUser> Reps { get; } =
        [.. Enumerable.Range(1, RepCount)
            .Select(i => User(i.ToString("00", CultureInfo.InvariantCulture), $"Rep {i:00}"))];

    public IReadOnlyList<ConnectorRequest> Requests => _connector.Requests;

    internal IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        var port = FreePort();
        _factory.UseKestrel(port);
        _factory.StartServer();
        _client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        await SeedAsync();
    }

    /// <summary>A channel message from <paramref name="from"/>: the bot's mention, then those of others.</summary>
    public async Task<HttpResponseMessage> SayInChannelAsync(TeamsUser from, string text, params TeamsUser[] mentioned)
    {
        var activity = ChannelActivity(from, ActivityBuilder.Message(text));
        var entities = (JsonArray)activity["entities"]!;
        foreach (var person in mentioned)
        {
            activity["text"] += $" <at>{person.Name}</at>";
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{person.Name}</at>",
                ["mentioned"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name },
            });
        }

        return await PostAsync(activity);
    }

    /// <summary>
    /// An <c>Action.Execute</c> from <paramref name="from"/> in the channel, with <paramref name="data"/> as the
    /// action's data merged with the card's inputs; answers the invoke response's body.
    /// </summary>
    public async Task<JsonElement> ExecuteAsync(TeamsUser from, string verb, JsonObject data)
    {
        var activity = ChannelActivity(from, ActivityBuilder.Message("")).AsObject();
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["entities"] = new JsonArray();
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The activities the service posted into conversations from request <paramref name="from"/> on.</summary>
    public IReadOnlyList<ConnectorRequest> PostedSince(int from) =>
        [.. Requests.Skip(from).Where(r => r.IsActivityPost)];

    internal async Task<IReadOnlyList<Commitment>> CommitmentsOfAsync(TeamsUser owner) =>
        await Services.GetRequiredService<CommitmentStore>().ListOwnedAsync(Tenant, owner.AadObjectId, null, default);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(JsonNode activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await _client.PostAsync("/api/messages", content);
    }

    private JsonNode ChannelActivity(TeamsUser from, ActivityBuilder builder)
    {
        // Each activity starts a thread of its own, as a new channel post does: the service's per-conversation send
        // limit waits on the clock, which only the tests move.
        var id = "1" + Interlocked.Increment(ref _nextActivityId).ToString("D12", CultureInfo.InvariantCulture);
        var json = builder
            .InTeam(from, ActivityBuilder.PipelineChannelId, ActivityBuilder.PipelineChannelName, threadRootId: id)
            .WithId(id)
            .WithServiceUrl(_connector.BaseUrl + "/amer/")
            .ToJson();
        return JsonNode.Parse(json)!;
    }

    private async Task SeedAsync()
    {
        var people = Services.GetRequiredService<IPeopleStore>();
        foreach (var person in Reps.Prepend(Manager).Append(Admin))
        {
            await people.UpsertAsync(
                Tenant,
                new PersonSighting(person.AadObjectId, person.Name, person.Id, ClientTimeZone: "America/New_York"),
                default);
        }

        foreach (var rep in Reps)
        {
            await people.SetManagerAsync(Tenant, rep.AadObjectId, Manager.AadObjectId, null, default);
        }

        var deals = Reps.SelectMany(rep =>
            Enumerable.Range(0, DealsPerRep).Select(i => ReviewDeals.Open(rep.AadObjectId, i)));
        var stored = await Services.GetRequiredService<IDealStore>()
            .UpsertAsync(Tenant, deals.Select(d => new IncomingDeal(d)).ToAsyncEnumerable(), TestDeals.Today, default);
        if (stored.Created != RepCount * DealsPerRep)
        {
            throw new InvalidOperationException($"Seeded {stored.Created} deals.");
        }
    }

    private static TeamsUser User(string suffix, string name) =>
        new("29:1review-" + suffix, $"00000000-0000-0000-0000-0000000000{suffix}", name, "a:1review-" + suffix);

    private static ConnectorRequest Read(HttpContext context, string body) =>
        new(context.Request.Method, context.Request.Path.Value ?? "", body);

    private static async Task AnswerAsync(HttpContext context, ConnectorRequest request)
    {
        if (request.Method == "GET")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.StatusCode = request.Method == "POST" ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"{Guid.NewGuid():N}\"}}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class ClockedFactory(FakeTimeProvider clock) : CadenceBotFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
            base.Settings().Append(new("Graph:AdminIds:0", Admin.AadObjectId));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }
}
