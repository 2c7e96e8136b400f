using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The parts of the 1:1 flow that OneOnOneEndpointTests, which drive it through POST /api/messages, leave out.
// A weekly Monday 09:00 New York 1:1 of Alice (manager, New York) and Bob (rep, Berlin), set on Thursday
// 3 December 2026: it starts Monday 7 December at 14:00 UTC, 15:00 for Bob, so his prompt is due Sunday 15:00 Berlin.
[Collection(OneOnOneFlows.Name)]
public sealed class OneOnOneFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PromptAt = Start.AddDays(-1);
    private static readonly DateTimeOffset BriefAt = Start.AddHours(-2);
    private static readonly DateTimeOffset AgendaAt = Start.AddMinutes(-15);

    private static async Task<(OneOnOneTestbed Bed, string Occurrence)> ScheduledAsync()
    {
        var bed = new OneOnOneTestbed(Now);
        await bed.SeedPairAsync();
        await bed.ScheduleAsync(DayOfWeek.Monday, "09:00", "America/New_York");
        return (bed, (await bed.NextOccurrenceAsync()).Id);
    }

    private static object Prep(string occurrence, string priority = "Get the Contoso renewal signed before the budget freeze") => new
    {
        occurrence,
        priority1 = priority,
        priority2 = "Fabrikam keeps asking for a discount",
        deal1 = "Contoso: 400 seats renewal",
        deal2 = "Fabrikam: pilot to production",
        other = "My training plan for Q1",
    };

    private static int StatusOf(InvokeResponse response) => ((UniversalActionBody)response.Body!).StatusCode;

    [Fact]
    public async Task Prep_FromTheManager_Refused()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;

        var response = await bed.ExecuteAsync(Manager, OneOnOneVerbs.SubmitPrep, Prep(occurrence));

        Assert.Equal(403, StatusOf(response));
        Assert.Null((await bed.Service.GetAsync(Tenant, occurrence, default))!.Prep);
    }

    [Fact]
    public async Task Brief_ShowsAnswersMissedAndOpenCommitmentsAndRate_AndIsUpdatedWhenTheRepEdits()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        var commitments = bed.Get<CommitmentService>();
        var origin = new CommitmentOrigin(CommitmentOriginKind.Chat, "a:1");
        var done = await commitments.CreateAsync(Tenant, new CommitmentDraft("Send Contoso the MSA", OwnerChoice.Me, Now.AddHours(5), null), [Rep.AadObjectId], Rep.AadObjectId, origin, default);
        await commitments.CreateAsync(Tenant, new CommitmentDraft("Book the Fabrikam demo", OwnerChoice.Me, Now.AddHours(6), null), [Rep.AadObjectId], Rep.AadObjectId, origin, default);
        await commitments.CreateAsync(Tenant, new CommitmentDraft("Map the Litware buying committee", OwnerChoice.Me, Start.AddDays(3), null), [Rep.AadObjectId], Rep.AadObjectId, origin, default);
        await commitments.CompleteAsync(Tenant, done.Id, Rep.AadObjectId, default);
        await bed.SweepAtAsync(PromptAt);
        await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence));

        await bed.SweepAtAsync(BriefAt);
        bed.Clock.SetUtcNow(BriefAt.AddMinutes(10));
        await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence, "New worry: Contoso legal review"));
        var updatesBeforeTheSweep = bed.UpdatesSentTo(Manager).Count;
        await bed.SweepAtAsync(BriefAt.AddMinutes(10));

        var brief = Text(bed.CardsSentTo(Manager).Single(c => Heading(c) == "Prep brief: your 1:1 with Bob Chen"));
        Assert.Contains("Get the Contoso renewal signed", brief, StringComparison.Ordinal);
        Assert.Contains("Missed commitments (1)", brief, StringComparison.Ordinal);
        Assert.Contains("Book the Fabrikam demo", brief, StringComparison.Ordinal);
        Assert.Contains("Open commitments (1)", brief, StringComparison.Ordinal);
        Assert.Contains("Map the Litware buying committee", brief, StringComparison.Ordinal);
        Assert.Contains("Bob Chen kept 50% of the commitments", brief, StringComparison.Ordinal);
        Assert.Equal(0, updatesBeforeTheSweep);
        var update = Assert.Single(bed.UpdatesSentTo(Manager));
        Assert.Contains("New worry: Contoso legal review", Text(update), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_WithoutAnswersOrCommitments_LeavesThoseSectionsOut()
    {
        var (bed, _) = await ScheduledAsync();
        await using var _ = bed;

        await bed.SweepAtAsync(BriefAt);

        var brief = Text(bed.CardsSentTo(Manager).Single());
        Assert.Contains("has not answered the prep prompt yet", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("commitments (", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Completion rate", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Priorities and concerns", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Pipeline since", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Hygiene flags", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Coaching suggestion", brief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topic_AddedByTheRep_EveryCopyOfTheAgendaIsReplacedInPlace()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(AgendaAt);

        var response = await bed.ExecuteAsync(Rep, OneOnOneVerbs.AddTopic, new { occurrence, topic = "Territory split for Q1" });
        await bed.DeliverAsync();

        Assert.Contains("Territory split for Q1 (added by Bob Chen)", Text(CardOf(response)!), StringComparison.Ordinal);
        var managerUpdate = Assert.Single(bed.UpdatesSentTo(Manager));
        Assert.Contains("Territory split for Q1", Text(managerUpdate), StringComparison.Ordinal);
        Assert.Single(bed.UpdatesSentTo(Rep));
        var outbox = bed.Get<TeamsCadenceBot.Delivery.OutboxStore>();
        var sentId = (await outbox.GetAsync(Tenant, $"{OneOnOneWork.Agenda}:{occurrence}:person:{Manager.AadObjectId}", default))!.SentActivityId;
        var replaced = bed.Connector.Calls.Single(c => c.Operation == "update" && c.Address!.ConversationId == Manager.PersonalConversationId);
        Assert.NotNull(sentId);
        Assert.Equal(sentId, replaced.Activity!.Id);
    }

    [Fact]
    public async Task ManagersManager_MaySeeAndAddATopic()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.People.SetManagerAsync(Tenant, Manager.AadObjectId, Outsider.AadObjectId, null, default);
        await bed.SweepAtAsync(AgendaAt);

        var response = await bed.ExecuteAsync(Outsider, OneOnOneVerbs.AddTopic, new { occurrence, topic = "Hiring plan" });

        Assert.Contains("Hiring plan (added by Carol Okafor)", Text(CardOf(response)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingEvents_AgendaGoesIntoTheMeetingChat_AndTheEndSendsTheSummary()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(AgendaAt);
        bed.Clock.SetUtcNow(Start.AddMinutes(1));

        await bed.MeetingEventAsync(Manager, ActivityTypes.MeetingStartEvent, "meeting-1");
        await bed.DeliverAsync();
        await bed.SayInMeetingChatAsync(Rep, "topic Pricing for the Contoso renewal", "meeting-1");
        await bed.DeliverAsync();
        await bed.MeetingEventAsync(Manager, ActivityTypes.MeetingEndEvent, "meeting-1");
        await bed.DeliverAsync();

        var chat = bed.Cards("send", TeamsCadenceBot.Tests.Builders.ActivityBuilder.MeetingChatId)
            .Where(c => c.Body.OfType<TextBlock>().Any(t => t.Style == "heading")).ToList();
        Assert.Single(chat, c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal));
        Assert.Contains(bed.Cards("update", TeamsCadenceBot.Tests.Builders.ActivityBuilder.MeetingChatId),
            c => Text(c).Contains("Pricing for the Contoso renewal", StringComparison.Ordinal));
        Assert.NotNull((await bed.Service.GetAsync(Tenant, occurrence, default))!.FinishedAt);
        Assert.Single(bed.CardsSentTo(Rep), c => Heading(c).StartsWith("1:1 summary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScheduleChange_OldStepsDropThemselves_TheNewTimeIsPrompted()
    {
        var (bed, _) = await ScheduledAsync();
        await using var _ = bed;

        await bed.ScheduleAsync(DayOfWeek.Tuesday, "11:00", "America/New_York");
        await bed.SweepAtAsync(PromptAt);
        var afterOldPrompt = bed.CardsSentTo(Rep).Count;
        await bed.SweepAtAsync(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, afterOldPrompt);
        var prompt = Assert.Single(bed.CardsSentTo(Rep));
        Assert.Contains("Tue 8 Dec, 17:00", Text(prompt), StringComparison.Ordinal);
        Assert.Empty(bed.CardsSentTo(Manager));
    }

    [Fact]
    public async Task NotFinished_ClosedAfterTheEnd_SummarySent_AndTheNextMeetingIsPlanned()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;

        await bed.SweepAtAsync(Start.AddMinutes(30 + 59));
        var open = (await bed.Service.GetAsync(Tenant, occurrence, default))!.FinishedAt;
        await bed.SweepAtAsync(Start.AddMinutes(90));

        Assert.Null(open);
        Assert.NotNull((await bed.Service.GetAsync(Tenant, occurrence, default))!.FinishedAt);
        Assert.Single(bed.CardsSentTo(Rep), c => Heading(c).StartsWith("1:1 summary", StringComparison.Ordinal));
        Assert.Equal(Start.AddDays(7), (await bed.NextOccurrenceAsync()).StartsAt);
    }

    [Fact]
    public async Task Outage_UntilAfterTheStart_PromptAndReminderDropped_AgendaStillPosted()
    {
        var (bed, _) = await ScheduledAsync();
        await using var _ = bed;

        await bed.SweepAtAsync(Start.AddMinutes(5));

        var headings = bed.CardsSentTo(Rep).Select(Heading).ToList();
        Assert.DoesNotContain(headings, h => h.StartsWith("Prepare", StringComparison.Ordinal) || h.StartsWith("Reminder", StringComparison.Ordinal));
        Assert.Single(headings, h => h.StartsWith("1:1 agenda", StringComparison.Ordinal));
    }
}
