using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Tests.Graph;

public sealed class OneOnOneDetectorTests
{
    private const string Tenant = GraphTestbed.Tenant;
    private static readonly Person Manager = Someone(TestPerson.Manager, managerId: null);
    private static readonly Person Rep = Someone(TestPerson.Rep, TestPerson.Manager.Id);
    private static readonly Person SecondRep = Someone(TestPerson.SecondRep, TestPerson.Manager.Id);
    private static readonly HashSet<string> ManagerAddresses = ["mia@contoso.com"];
    private static readonly DateTimeOffset Tuesday = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Detect_WeeklySeriesOfManagerAndRep_ProposesItInTheOrganisersZone()
    {
        var view = new[] { Occurrence("m1", Tuesday, "rae@contoso.com"), Occurrence("m1", Tuesday.AddDays(7), "rae@contoso.com") };

        var proposal = Assert.Single(OneOnOneDetector.Detect(Manager, ManagerAddresses, [Rep, SecondRep], view, Masters(Master("m1", 1))));

        Assert.Equal(
            new ProposedOneOnOne(Tenant, Manager.Id, Rep.Id, "Rae Rep", "m1", DayOfWeek.Tuesday, new TimeOnly(10, 0),
                "Europe/Berlin", TimeSpan.FromMinutes(30), OneOnOneCadence.Weekly, Tuesday),
            proposal);
    }

    [Fact]
    public void Detect_EveryOtherWeek_ProposesBiweekly()
    {
        var view = new[] { Occurrence("m1", Tuesday, "rae@contoso.com") };

        var proposal = Assert.Single(OneOnOneDetector.Detect(Manager, ManagerAddresses, [Rep], view, Masters(Master("m1", 2))));

        Assert.Equal(OneOnOneCadence.Biweekly, proposal.Cadence);
    }

    [Fact]
    public void Detect_ThirdPersonInvited_ProposesNothing()
    {
        var view = new[] { Occurrence("m1", Tuesday, "rae@contoso.com", "sam@contoso.com") };

        Assert.Empty(OneOnOneDetector.Detect(Manager, ManagerAddresses, [Rep, SecondRep], view, Masters(Master("m1", 1))));
        Assert.Empty(OneOnOneDetector.CandidateSeries(view));
    }

    [Fact]
    public void Detect_SomeoneWhoIsNotARep_ProposesNothing()
    {
        var view = new[] { Occurrence("m1", Tuesday, "lee@contoso.com") };

        Assert.Empty(OneOnOneDetector.Detect(Manager, ManagerAddresses, [Rep], view, Masters(Master("m1", 1))));
    }

    [Fact]
    public void Detect_DailyOrTwoWeekdays_ProposesNothing()
    {
        var view = new[] { Occurrence("d1", Tuesday, "rae@contoso.com"), Occurrence("t2", Tuesday.AddHours(2), "rae@contoso.com") };
        var masters = Masters(
            Master("d1", 1) with { Recurrence = new EventRecurrence("Daily", 1, []) },
            Master("t2", 1) with { Recurrence = new EventRecurrence("Weekly", 1, [DayOfWeek.Tuesday, DayOfWeek.Thursday]) });

        Assert.Empty(OneOnOneDetector.Detect(Manager, ManagerAddresses, [Rep], view, masters));
    }

    [Fact]
    public void Detect_OnlyCancelledOccurrencesOrSingleMeetings_ProposesNothing()
    {
        var view = new[]
        {
            Occurrence("m1", Tuesday, "rae@contoso.com") with { IsCancelled = true },
            Occurrence("m2", Tuesday, "rae@contoso.com") with { Kind = CalendarEventKind.SingleInstance, SeriesMasterId = null },
        };

        Assert.Empty(OneOnOneDetector.Detect(Manager, ManagerAddresses, [Rep], view, Masters(Master("m1", 1))));
    }

    [Fact]
    public void Detect_TwoSeriesWithOneRep_ProposesTheOneThatMeetsSoonest()
    {
        var view = new[] { Occurrence("later", Tuesday.AddDays(2), "rae@contoso.com"), Occurrence("sooner", Tuesday, "rae@contoso.com") };

        var proposal = Assert.Single(OneOnOneDetector.Detect(
            Manager, ManagerAddresses, [Rep], view, Masters(Master("later", 1), Master("sooner", 1))));

        Assert.Equal("sooner", proposal.SeriesId);
    }

    [Fact]
    public void Detect_OrganiserZoneUnknown_UsesTheManagersZone()
    {
        var view = new[] { Occurrence("m1", Tuesday, "rae@contoso.com") };
        var master = Master("m1", 1) with { OriginalStartTimeZone = "tzone://Microsoft/Custom" };

        var proposal = Assert.Single(OneOnOneDetector.Detect(
            Manager with { TimeZone = "America/New_York" }, ManagerAddresses, [Rep], view, Masters(master)));

        Assert.Equal(("America/New_York", new TimeOnly(4, 0)), (proposal.TimeZone, proposal.LocalTime));
    }

    private static Person Someone(TestPerson person, string? managerId) =>
        new(Tenant, person.Id, person.Name, null, person.Mail, person.Mail, "Europe/Berlin", TimeZoneSource.Client, managerId, false);

    private static CalendarEvent Occurrence(string series, DateTimeOffset start, params string[] others) =>
        new($"{series}-{start:MMdd}", series, CalendarEventKind.Occurrence, false, start, start.AddMinutes(30), null,
            ["mia@contoso.com", .. others], null);

    private static CalendarEvent Master(string id, int interval) =>
        new(id, null, CalendarEventKind.SeriesMaster, false, new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 1, 6, 9, 30, 0, TimeSpan.Zero), "W. Europe Standard Time", [],
            new EventRecurrence("Weekly", interval, [DayOfWeek.Tuesday]));

    private static Dictionary<string, CalendarEvent> Masters(params CalendarEvent[] masters) =>
        masters.ToDictionary(m => m.Id, StringComparer.Ordinal);
}
