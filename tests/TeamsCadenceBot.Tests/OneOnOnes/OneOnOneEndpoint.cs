using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;

namespace TeamsCadenceBot.Tests.OneOnOnes;

/// <summary>
/// The whole service on a real loopback port, as scripts/run.sh runs it (local development, unauthenticated
/// loopback requests), on Azurite, with a fake clock. Turns are POSTed to /api/messages as Teams posts them; the
/// bot's messages go through the real connector client to <see cref="LoopbackTeams"/>. The scheduler and the
/// delivery loops are not started: the test moves the clock, then runs the same sweep and drain they would run,
/// so that it asserts only once everything due has happened.
/// </summary>
internal sealed class OneOnOneEndpoint : IAsyncDisposable
{
    public const string Tenant = ActivityBuilder.TenantId;

    private readonly ClockedBotFactory _factory;
    private readonly HttpClient _client;

    private OneOnOneEndpoint(ClockedBotFactory factory, HttpClient client, LoopbackTeams teams)
    {
        _factory = factory;
        _client = client;
        Teams = teams;
    }

    public FakeTimeProvider Clock => _factory.Clock;

    public LoopbackTeams Teams { get; }

    public IServiceProvider Services => _factory.Services;

    public OneOnOneStore Store => Get<OneOnOneStore>();

    public OneOnOneService Service => Get<OneOnOneService>();

    public IPeopleStore People => Get<IPeopleStore>();

    public static async Task<OneOnOneEndpoint> StartAsync(DateTimeOffset now)
    {
        var teams = new LoopbackTeams();
        await teams.StartAsync();
        var factory = new ClockedBotFactory(new FakeTimeProvider(now));

        // Kestrel picks a free port itself, so no other socket can take it between the choice and the bind.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var server = factory.Services.GetRequiredService<IServer>();
        var address = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        return new OneOnOneEndpoint(factory, client, teams);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// The manager and the rep of <see cref="OneOnOneTestbed"/> and the outsider write to the bot and set their
    /// zones by command; who manages whom is set in the directory, as Graph or the team setup card would.
    /// </summary>
    public async Task SeedPairAsync(string managerZone, string repZone)
    {
        foreach (var user in new[] { OneOnOneTestbed.Manager, OneOnOneTestbed.Rep, OneOnOneTestbed.Outsider })
        {
            Assert.Equal(HttpStatusCode.OK, await SayAsync(user, "help"));
        }

        await SayAsync(OneOnOneTestbed.Manager, "time zone " + managerZone);
        await SayAsync(OneOnOneTestbed.Rep, "time zone " + repZone);
        var (manager, rep) = (OneOnOneTestbed.Manager.AadObjectId, OneOnOneTestbed.Rep.AadObjectId);
        await People.SetManagerAsync(Tenant, rep, manager, null, default);
    }

    /// <summary>Another rep of the manager, who has written to the bot.</summary>
    public async Task AddRepAsync(TeamsUser rep, string zone)
    {
        await SayAsync(rep, "help");
        await SayAsync(rep, "time zone " + zone);
        await People.SetManagerAsync(Tenant, rep.AadObjectId, OneOnOneTestbed.Manager.AadObjectId, null, default);
    }

    /// <summary>The manager saves a weekly schedule for the rep (Bob unless told) from the schedule card.</summary>
    public async Task<OneOnOneOccurrence> ScheduleAsync(
        DayOfWeek weekday,
        string time,
        string zone,
        int minutes = 30,
        TeamsUser? rep = null)
    {
        rep ??= OneOnOneTestbed.Rep;
        var answer = await ExecuteAsync(OneOnOneTestbed.Manager, OneOnOneVerbs.SaveSchedule, new
        {
            rep = rep.AadObjectId,
            weekday = weekday.ToString(),
            time,
            length = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            zone,
            frequency = "Weekly",
            active = "true",
        });
        Assert.Equal($"Saved: 1:1s with {rep.Name}", answer.Card?.Body.OfType<TextBlock>().First().Text);
        return await NextOccurrenceAsync(rep);
    }

    /// <summary>The latest planned occurrence of the manager with the rep (Bob unless told).</summary>
    public async Task<OneOnOneOccurrence> NextOccurrenceAsync(TeamsUser? rep = null) =>
        (await Store.ListOccurrencesAsync(
            Tenant,
            OneOnOneTestbed.Manager.AadObjectId,
            (rep ?? OneOnOneTestbed.Rep).AadObjectId,
            null,
            1,
            default))[0];

    /// <summary>A text message in the user's personal chat; the answer's status.</summary>
    public Task<HttpStatusCode> SayAsync(TeamsUser user, string text) =>
        PostAsync(ActivityBuilder.Message(text).InPersonalChat(user).ToJson());

    public Task<HttpStatusCode> SayInMeetingChatAsync(TeamsUser user, string text, string meetingId) =>
        PostAsync(ActivityBuilder.Message(text).InGroupChat(user, ActivityBuilder.MeetingChatId, meetingId).ToJson());

    /// <summary>A meetingStart or meetingEnd event from the meeting's chat, as Teams sends it to a bot in it.</summary>
    public Task<HttpStatusCode> MeetingEventAsync(TeamsUser from, string name, string meetingId)
    {
        var json = Node(ActivityBuilder.Message("").InGroupChat(from, ActivityBuilder.MeetingChatId, meetingId));
        json["type"] = ActivityTypes.Event;
        json["name"] = name;
        json.Remove("text");
        json.Remove("textFormat");
        return PostAsync(json.ToJsonString());
    }

    /// <summary>An Action.Execute from a card in the user's personal chat, as the invoke Teams posts.</summary>
    public async Task<InvokeAnswer> ExecuteAsync(TeamsUser user, string verb, object data)
    {
        var json = Node(ActivityBuilder.Message("").InPersonalChat(user));
        json["type"] = ActivityTypes.Invoke;
        json["name"] = ActivityTypes.AdaptiveCardActionInvoke;
        json.Remove("text");
        json.Remove("textFormat");
        json["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = JsonSerializer.SerializeToNode(data, ProtocolJson.Options),
            },
            ["trigger"] = "manual",
        };
        using var response = await SendAsync(json.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await InvokeAnswer.ReadAsync(response);
    }

    /// <summary>Moves the clock to <paramref name="at"/> (never back), runs what is due, sends it all.</summary>
    public async Task SweepAtAsync(DateTimeOffset at)
    {
        if (at > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(at);
        }

        await Get<SchedulerSweep>().RunOnceAsync(default);
        await DeliverAsync();
    }

    public async Task DeliverAsync()
    {
        var delivery = Get<DeliveryService>();
        while (await delivery.DrainOnceAsync(default) > 0)
        {
        }
    }

    /// <summary>Cards posted as new messages into the user's personal chat, oldest first.</summary>
    public IReadOnlyList<AdaptiveCard> CardsSentTo(TeamsUser user) =>
        Teams.Cards(LoopbackTeams.Send, user.PersonalConversationId);

    /// <summary>Cards that replaced a message in the user's personal chat, oldest first.</summary>
    public IReadOnlyList<AdaptiveCard> UpdatesSentTo(TeamsUser user) =>
        Teams.Cards(LoopbackTeams.Update, user.PersonalConversationId);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await Teams.DisposeAsync();
    }

    private static JsonObject Node(ActivityBuilder builder) => JsonNode.Parse(builder.ToJson())!.AsObject();

    private Task<HttpStatusCode> PostAsync(string json) => StatusOfAsync(SendAsync(json));

    private static async Task<HttpStatusCode> StatusOfAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> SendAsync(string json)
    {
        var activity = JsonNode.Parse(json)!.AsObject();
        activity["serviceUrl"] = Teams.ServiceUrl;
        return _client.PostAsync(
            new Uri("/api/messages", UriKind.Relative),
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
    }
}
