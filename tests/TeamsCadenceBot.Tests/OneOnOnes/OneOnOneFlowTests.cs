using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// A weekly Monday 09:00 New York 1:1 of Alice (manager, New York) and Bob (rep, Berlin), set on Thursday
// 3 December 2026: it starts Monday 7 December at 14:00 UTC, 15:00 for Bob, so his prompt is due Sunday 15:00 Berlin.
[Collection(OneOnOneFlows.Name)]
public sealed class OneOnOneFlowTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PromptAt = Start.AddDays(-1);
    private static readonly DateTimeOffset ReminderAt = Start.AddHours(-4);
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

    private static object Item(string occurrence, string? text, string? owner, string? date, string? criterion = null, bool confirm = false) => new
    {
        occurrence,
        itemText = text,
        itemOwner = owner,
        itemDueDate = date,
        itemDueTime = "12:00",
        itemDoneWhen = criterion,
        itemConfirm = confirm ? "true" : "false",
    };

    private static string ErrorOf(InvokeResponse response) =>
        response.Body is UniversalActionBody { Value: UniversalActionError error } ? error.Message : "(no error)";

    private static string MessageOf(InvokeResponse response) =>
        response.Body is UniversalActionBody { Value: string text } ? text : "(no message)";

    private static int StatusOf(InvokeResponse response) => ((UniversalActionBody)response.Body!).StatusCode;

    [Fact]
    public async Task Prompt_DueAtTheMeetingTimeADayEarlierInTheRepsZone_NotASecondBefore()
    {
        var (bed, _) = await ScheduledAsync();
        await using var _ = bed;

        await bed.SweepAtAsync(PromptAt.AddSeconds(-1));
        var before = bed.CardsSentTo(Rep).Count;
        await bed.SweepAtAsync(PromptAt);

        Assert.Equal(0, before);
        var prompt = Assert.Single(bed.CardsSentTo(Rep));
        Assert.Equal("Prepare your 1:1 with Alice Rivera", Heading(prompt));
        Assert.Contains("Mon 7 Dec, 15:00", Text(prompt), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_Unanswered_ExactlyOneFourHoursBefore()
    {
        var (bed, _) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(PromptAt);

        await bed.SweepAtAsync(ReminderAt.AddSeconds(-1));
        var before = bed.CardsSentTo(Rep).Count;
        await bed.SweepAtAsync(ReminderAt);
        await bed.SweepAtAsync(ReminderAt.AddHours(1));
        await bed.SweepAtAsync(Start.AddMinutes(-1));

        Assert.Equal(1, before);
        var headings = bed.CardsSentTo(Rep).Select(Heading).ToList();
        Assert.Single(headings, h => h.StartsWith("Reminder: your 1:1 with Alice Rivera", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminder_Answered_NoneIsSent()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(PromptAt);
        await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence));

        await bed.SweepAtAsync(ReminderAt);
        await bed.SweepAtAsync(Start.AddMinutes(-1));

        Assert.DoesNotContain(bed.CardsSentTo(Rep), c => Heading(c).StartsWith("Reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prep_EditedBeforeTheMeeting_Accepted_AndRefusedOnceItStarted()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(PromptAt);

        var first = await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence));
        bed.Clock.SetUtcNow(Start.AddMinutes(-1));
        var edit = await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence, "Close Contoso this month"));
        bed.Clock.SetUtcNow(Start);
        var late = await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence, "Too late to change"));

        Assert.Equal("Thanks: your answers are in", Heading(CardOf(first)!));
        Assert.Contains(CardOf(first)!.Actions!, a => a.Title == "Change my answers");
        Assert.Contains("Close Contoso this month", Text(CardOf(edit)!), StringComparison.Ordinal);
        Assert.Equal(409, StatusOf(late));
        Assert.Contains("has started", ErrorOf(late), StringComparison.Ordinal);
        var stored = await bed.Service.GetAsync(Tenant, occurrence, default);
        Assert.Equal("Close Contoso this month", stored!.Prep!.Priorities[0]);
    }

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
        await bed.DeliverAsync();

        var brief = Text(bed.CardsSentTo(Manager).Single(c => Heading(c) == "Prep brief: your 1:1 with Bob Chen"));
        Assert.Contains("Get the Contoso renewal signed", brief, StringComparison.Ordinal);
        Assert.Contains("Missed commitments (1)", brief, StringComparison.Ordinal);
        Assert.Contains("Book the Fabrikam demo", brief, StringComparison.Ordinal);
        Assert.Contains("Open commitments (1)", brief, StringComparison.Ordinal);
        Assert.Contains("Map the Litware buying committee", brief, StringComparison.Ordinal);
        Assert.Contains("Bob Chen kept 50% of the commitments", brief, StringComparison.Ordinal);
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
    }

    [Fact]
    public async Task Agenda_PostedToBoth_BlocksInDefaultOrderAddUpToTheLength_WithTheRepsItemsMerged()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(PromptAt);
        await bed.ExecuteAsync(Rep, OneOnOneVerbs.SubmitPrep, Prep(occurrence));

        await bed.SweepAtAsync(AgendaAt.AddSeconds(-1));
        var before = bed.CardsSentTo(Manager).Count(c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal));
        await bed.SweepAtAsync(AgendaAt);

        Assert.Equal(0, before);
        var agenda = bed.CardsSentTo(Manager).Single(c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal));
        Assert.Single(bed.CardsSentTo(Rep), c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal));
        var blocks = agenda.Body.OfType<Container>().Select(c => c.Items.Count > 0 ? c.Items[0] : null).OfType<ColumnSet>()
            .Select(s => (Title: ((TextBlock)s.Columns[0].Items[0]).Text, Minutes: int.Parse(((TextBlock)s.Columns[1].Items[0]).Text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(
            ["Review previous commitments", "Pipeline health", "Deal coaching", "Skill development", "Obstacles and action items"],
            blocks.Select(b => b.Title));
        Assert.Equal(30, blocks.Sum(b => b.Minutes));
        Assert.Equal(blocks.Max(b => b.Minutes), blocks.Single(b => b.Title == "Deal coaching").Minutes);
        var text = Text(agenda);
        Assert.Contains("Contoso: 400 seats renewal", text, StringComparison.Ordinal);
        Assert.Contains("Bob Chen's priority: Get the Contoso renewal signed", text, StringComparison.Ordinal);
        Assert.Contains("Mon 7 Dec, 09:00", text, StringComparison.Ordinal);
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
    public async Task ActionItems_FromTheCard_AcceptedOrRefusedWithWhatIsMissing()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(Start);

        var noOwner = await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", null, "2026-12-10"));
        var noDate = await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", "rep", null));
        var past = await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", "rep", "2026-12-01"));
        var vague = await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Follow up with prospects", "rep", "2026-12-10"));
        var itemsAfterRefusals = (await bed.Service.ViewAsync((await bed.Service.GetAsync(Tenant, occurrence, default))!, default))!.Items.Count;
        var confirmed = await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Follow up with prospects", "rep", "2026-12-10", confirm: true));
        var concrete = await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", "both", "2026-12-10", "their buyer confirms it"));

        Assert.Contains("an owner", ErrorOf(noOwner), StringComparison.Ordinal);
        Assert.Contains("a due date", ErrorOf(noDate), StringComparison.Ordinal);
        Assert.Contains("already passed", ErrorOf(past), StringComparison.Ordinal);
        Assert.Contains("sounds vague", MessageOf(vague), StringComparison.Ordinal);
        Assert.Equal(0, itemsAfterRefusals);
        Assert.NotNull(CardOf(confirmed));
        var card = Text(CardOf(concrete)!);
        Assert.Contains("Action items from this 1:1 (2)", card, StringComparison.Ordinal);
        Assert.Contains("their buyer confirms it", card, StringComparison.Ordinal);
        var stored = await bed.Commitments.ListOwnedAsync(Tenant, Manager.AadObjectId, null, default);
        var both = Assert.Single(stored);
        Assert.Equal(new CommitmentOrigin(CommitmentOriginKind.OneOnOne, occurrence), both.Origin);
        Assert.Equal([Rep.AadObjectId, Manager.AadObjectId], both.OwnerIds);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 17, 0, 0, TimeSpan.Zero), both.DueAt);
    }

    [Fact]
    public async Task ActionItems_Typed_AcceptedRefusedAndQuestioned()
    {
        var (bed, _) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(Start);

        await bed.SayAsync(Rep, "action Send Contoso the revised quote; owner me; done when their buyer confirms it");
        await bed.SayAsync(Rep, "action Check in with Fabrikam; due friday; owner me");
        await bed.SayAsync(Rep, "action Check in with Fabrikam; due friday; owner me; confirm");
        await bed.SayAsync(Rep, "action Send Contoso the revised quote; due 2026-12-10 12:00; owner both; done when their buyer confirms it");

        var replies = bed.Connector.Calls.Where(c => c.Operation == "send" && c.Address!.ConversationId == Rep.PersonalConversationId)
            .Select(c => c.Activity!.Text).OfType<string>().ToList();
        Assert.Contains("it needs a due date", replies[0], StringComparison.Ordinal);
        Assert.Contains("sounds vague", replies[1], StringComparison.Ordinal);
        Assert.StartsWith("Added to your 1:1", replies[2], StringComparison.Ordinal);
        Assert.StartsWith("Added to your 1:1", replies[3], StringComparison.Ordinal);
        var repItems = await bed.Commitments.ListOwnedAsync(Tenant, Rep.AadObjectId, null, default);
        Assert.Equal(2, repItems.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 11, 0, 0, TimeSpan.Zero), repItems.Single(i => i.OwnerIds.Count == 2).DueAt);
    }

    [Fact]
    public async Task Finish_SendsOneSummaryToBoth_AndTheAgendaShowsItFinished()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(AgendaAt);
        await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", "rep", "2026-12-10", "their buyer confirms it"));
        await bed.ExecuteAsync(Rep, OneOnOneVerbs.AddDecision, new { occurrence, decision = "Drop the Litware pilot" });

        var finished = await bed.ExecuteAsync(Manager, OneOnOneVerbs.Finish, new { occurrence });
        await bed.ExecuteAsync(Rep, OneOnOneVerbs.Finish, new { occurrence });
        await bed.SweepAtAsync(Start.AddHours(3));

        Assert.Null(CardOf(finished)!.Actions);
        foreach (var user in new[] { Manager, Rep })
        {
            var summary = Text(Assert.Single(bed.CardsSentTo(user), c => Heading(c).StartsWith("1:1 summary", StringComparison.Ordinal)));
            Assert.Contains("Send Contoso the revised quote", summary, StringComparison.Ordinal);
            Assert.Contains("Drop the Litware pilot", summary, StringComparison.Ordinal);
            Assert.Contains("Deal coaching", summary, StringComparison.Ordinal);
        }

        var late = await bed.ExecuteAsync(Rep, OneOnOneVerbs.AddTopic, new { occurrence, topic = "One more thing" });
        Assert.Equal(409, StatusOf(late));
    }

    [Fact]
    public async Task NextAgenda_OpensWithThePreviousItemsAndTheirState_MissedFirst()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(AgendaAt);
        await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", "rep", "2026-12-10", "their buyer confirms it"));
        await bed.ExecuteAsync(Manager, OneOnOneVerbs.AddItem, Item(occurrence, "Introduce Bob to the Fabrikam CFO", "manager", "2026-12-09", "a meeting is booked"));
        await bed.ExecuteAsync(Manager, OneOnOneVerbs.Finish, new { occurrence });
        var introduction = (await bed.Commitments.ListOwnedAsync(Tenant, Manager.AadObjectId, null, default)).Single();
        await bed.Get<CommitmentService>().CompleteAsync(Tenant, introduction.Id, Manager.AadObjectId, default);

        await bed.SweepAtAsync(Start.AddDays(7).AddMinutes(-15));

        var next = bed.CardsSentTo(Manager).Where(c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal)).Last();
        var review = next.Body.OfType<Container>().First(c => c.Items[0] is ColumnSet s && ((TextBlock)s.Columns[0].Items[0]).Text == "Review previous commitments");
        var facts = review.Items.OfType<FactSet>().Single().Facts;
        Assert.Equal(["Missed", "Done"], facts.Select(f => f.Title));
        Assert.StartsWith("Send Contoso the revised quote", facts[0].Value, StringComparison.Ordinal);
        Assert.StartsWith("Introduce Bob to the Fabrikam CFO", facts[1].Value, StringComparison.Ordinal);
        Assert.Contains("Mon 14 Dec, 09:00", Text(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outsider_EveryActionRefused_NothingChanges()
    {
        var (bed, occurrence) = await ScheduledAsync();
        await using var _ = bed;
        await bed.SweepAtAsync(AgendaAt);
        var before = await bed.Service.GetAsync(Tenant, occurrence, default);

        var responses = new[]
        {
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.AddTopic, new { occurrence, topic = "Let me in" }),
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.AddDecision, new { occurrence, decision = "Mine now" }),
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.AddItem, Item(occurrence, "Send Contoso the revised quote", "rep", "2026-12-10")),
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.SubmitPrep, Prep(occurrence)),
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.Finish, new { occurrence }),
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.Refresh, new { occurrence }),
            await bed.ExecuteAsync(Outsider, OneOnOneVerbs.OpenSchedule, new { rep = Rep.AadObjectId }),
        };
        await bed.SayAsync(Outsider, "action Send Contoso the revised quote; due 2026-12-10; owner me");

        Assert.All(responses, r => Assert.Equal(403, StatusOf(r)));
        Assert.Contains(OneOnOneAccess.Refusal, ErrorOf(responses[0]), StringComparison.Ordinal);
        var after = await bed.Service.GetAsync(Tenant, occurrence, default);
        Assert.Equal(before!.Revision, after!.Revision);
        Assert.Null(after.FinishedAt);
        Assert.Empty(await bed.Commitments.ListOwnedAsync(Tenant, Rep.AadObjectId, null, default));
        Assert.Empty(bed.UpdatesSentTo(Manager));
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
