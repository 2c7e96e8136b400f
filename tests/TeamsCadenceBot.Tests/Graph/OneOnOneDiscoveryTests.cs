using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Connector;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Fakes;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class OneOnOneDiscoveryTests
{
    private static readonly TestPerson Manager = TestPerson.Manager;
    private static readonly TestPerson Rep = TestPerson.Rep;

    [Fact]
    public async Task DiscoverAsync_WeeklyOneOnOneInCalendar_QueuesOneConfirmCardToTheManager()
    {
        await using var bed = await StartWithCalendarAsync();
        var sut = bed.Discovery;

        var sent = await sut.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);

        Assert.Equal(1, sent);
        var key = ProposalStore.KeyOf("master-1");
        var entry = await bed.Outbox.GetAsync(GraphTestbed.Tenant, $"graph.oneonone.proposal:{Manager.Id}:{key}", CancellationToken.None);
        Assert.NotNull(entry);
        Assert.Equal(Manager.Id, entry.Message.Target.PersonId);
        var card = Assert.IsType<JsonElement>(Assert.Single(entry.Message.Activity.Attachments!).Content);
        Assert.Equal(
            [OneOnOneCards.ConfirmVerb, OneOnOneCards.DismissVerb],
            card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString()));
        Assert.Contains("Rae Rep", card.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(bed.Server.RequestsTo($"/users/{Manager.Id}/events/master-team"));
    }

    [Fact]
    public async Task DiscoverAsync_SecondRun_ProposesTheSameSeriesOnlyOnce()
    {
        await using var bed = await StartWithCalendarAsync();
        var sut = bed.Discovery;

        await sut.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);
        var second = await sut.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);

        Assert.Equal(0, second);
    }

    [Fact]
    public async Task DiscoverAsync_NoScheduleSinkRegistered_ReadsNoCalendar()
    {
        await using var bed = await StartWithCalendarAsync();
        var sut = new OneOnOneDiscovery(
            bed.Directory,
            bed.People,
            bed.Proposals,
            bed.Outbound,
            [],
            Options.Create(bed.Options),
            bed.Clock,
            NullLogger<OneOnOneDiscovery>.Instance);

        var sent = await sut.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);

        Assert.Equal(0, sent);
        Assert.Empty(bed.Server.Requests);
    }

    [Fact]
    public async Task HandleAsync_ManagerConfirms_HandsTheProposalToTheScheduleAndClosesTheCard()
    {
        await using var bed = await StartWithCalendarAsync();
        await bed.Discovery.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);
        var sut = Handler(bed);

        var response = await sut.HandleAsync(Turn(Manager), OneOnOneCards.ConfirmVerb, Data("master-1"), CancellationToken.None);
        var again = await sut.HandleAsync(Turn(Manager), OneOnOneCards.ConfirmVerb, Data("master-1"), CancellationToken.None);

        var confirmed = Assert.Single(bed.Sink.Confirmed);
        Assert.Equal(
            (Rep.Id, DayOfWeek.Tuesday, new TimeOnly(10, 0), OneOnOneCadence.Weekly),
            (confirmed.RepId, confirmed.Day, confirmed.LocalTime, confirmed.Cadence));
        Assert.Contains("is set up", CardText(response), StringComparison.Ordinal);
        Assert.Contains("is set up", CardText(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SomeoneElseAnswers_IsRefusedAndNothingIsConfirmed()
    {
        await using var bed = await StartWithCalendarAsync();
        await bed.Discovery.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);
        var sut = Handler(bed);

        var response = await sut.HandleAsync(Turn(Rep), OneOnOneCards.ConfirmVerb, Data("master-1"), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<UniversalActionBody>(response.Body).StatusCode);
        Assert.Empty(bed.Sink.Confirmed);
    }

    [Fact]
    public async Task HandleAsync_ManagerDismisses_NeverConfirmedAndCardSaysSo()
    {
        await using var bed = await StartWithCalendarAsync();
        await bed.Discovery.DiscoverAsync(GraphTestbed.Tenant, Manager.Id, CancellationToken.None);
        var sut = Handler(bed);

        var dismissed = await sut.HandleAsync(Turn(Manager), OneOnOneCards.DismissVerb, Data("master-1"), CancellationToken.None);
        var lateConfirm = await sut.HandleAsync(Turn(Manager), OneOnOneCards.ConfirmVerb, Data("master-1"), CancellationToken.None);

        Assert.Empty(bed.Sink.Confirmed);
        Assert.Contains("isn't a 1:1", CardText(dismissed), StringComparison.Ordinal);
        Assert.Contains("isn't a 1:1", CardText(lateConfirm), StringComparison.Ordinal);
    }

    private static async Task<GraphTestbed> StartWithCalendarAsync()
    {
        var bed = await GraphTestbed.StartAsync();
        await bed.KnowAsync(Manager);
        await bed.KnowAsync(Rep, managerId: Manager.Id);
        await bed.KnowAsync(TestPerson.SecondRep, managerId: Manager.Id);
        var calendar = $"/users/{Manager.Id}/calendarView";
        bed.Server
            .On("GET", $"/users/{Manager.Id}", GraphAnswer.Ok(Manager.AsUser()))
            .On("GET", calendar, GraphAnswer.Ok(GraphShapes.Events(
                GraphShapes.Event("occ-1", "occurrence", "master-1", "2026-12-08T09:00:00", "2026-12-08T09:30:00", Manager.Mail, [GraphShapes.Attendee(Rep.Mail)]),
                GraphShapes.Event("occ-2", "occurrence", "master-1", "2026-12-15T09:00:00", "2026-12-15T09:30:00", Manager.Mail, [GraphShapes.Attendee(Rep.Mail)]),
                GraphShapes.Event("occ-3", "occurrence", "master-team", "2026-12-07T14:00:00", "2026-12-07T15:00:00", Manager.Mail,
                    [GraphShapes.Attendee(Rep.Mail), GraphShapes.Attendee(TestPerson.SecondRep.Mail)]),
                GraphShapes.Event("single-1", "singleInstance", null, "2026-12-04T08:00:00", "2026-12-04T08:30:00", Rep.Mail, [GraphShapes.Attendee(Manager.Mail)]))))
            .On("GET", $"/users/{Manager.Id}/events/master-1", GraphAnswer.Ok(GraphShapes.Event(
                "master-1", "seriesMaster", null, "2026-01-06T09:00:00", "2026-01-06T09:30:00", Manager.Mail,
                [GraphShapes.Attendee(Rep.Mail)], GraphShapes.Weekly("tuesday"))));
        return bed;
    }

    private static OneOnOneProposalActionHandler Handler(GraphTestbed bed) =>
        new(bed.Proposals, bed.People, [bed.Sink], NullLogger<OneOnOneProposalActionHandler>.Instance);

    private static JsonElement Data(string seriesId) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["manager"] = Manager.Id,
            ["proposal"] = ProposalStore.KeyOf(seriesId),
        });

    private static Turn Turn(TestPerson from)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = ActivityTypes.AdaptiveCardActionInvoke,
            Id = Guid.NewGuid().ToString("N"),
            From = new ChannelAccount("29:" + from.Id, from.Name, from.Id),
            Recipient = new ChannelAccount("28:bot", "Cadence"),
            Conversation = new ConversationAccount("a:personal-" + from.Id, "personal", GraphTestbed.Tenant),
            ServiceUrl = "https://smba.example/emea/",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(GraphTestbed.Tenant) },
        };
        return new Turn(
            activity,
            GraphTestbed.Tenant,
            new ConversationAddress(activity.ServiceUrl, activity.Conversation.Id, GraphTestbed.Tenant),
            new FakeConnector());
    }

    private static string CardText(InvokeResponse response)
    {
        var body = Assert.IsType<UniversalActionBody>(response.Body);
        var card = Assert.IsType<AdaptiveCard>(body.Value);
        return string.Join(" ", card.Body.OfType<TextBlock>().Select(t => t.Text));
    }
}
