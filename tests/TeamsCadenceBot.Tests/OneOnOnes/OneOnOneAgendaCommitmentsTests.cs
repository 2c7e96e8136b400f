using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.OneOnOnes;
using TeamsCadenceBot.Teams.Cards;
using static TeamsCadenceBot.Tests.OneOnOnes.OneOnOneTestbed;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The next 1:1's agenda opens with the rep's missed commitments wherever they were made (a chat with the bot, a
// pipeline review, a 1:1), then the open ones; the manager's own items from elsewhere are not the rep's to review.
// The pair of OneOnOneFlowTests: a weekly Monday 09:00 New York 1:1 set on Thursday 3 December 2026.
[Collection(OneOnOneFlows.Name)]
public sealed class OneOnOneAgendaCommitmentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AgendaAt = Start.AddMinutes(-15);

    private static async Task<Commitment> CommitAsync(
        OneOnOneTestbed bed,
        string text,
        DateTimeOffset due,
        CommitmentOrigin origin,
        params string[] owners) =>
        await bed.Get<CommitmentService>().CreateAsync(
            Tenant,
            new CommitmentDraft(text, OwnerChoice.Mentioned, due, null),
            owners,
            owners[0],
            origin,
            default);

    private static List<Fact> ReviewFacts(AdaptiveCard agenda) =>
        agenda.Body.OfType<Container>()
            .First(c => c.Items[0] is ColumnSet s && ((TextBlock)s.Columns[0].Items[0]).Text == "Review previous commitments")
            .Items.OfType<FactSet>().Single().Facts.ToList();

    [Fact]
    public async Task Agenda_RepsCommitmentsMadeOutsideThe1on1_ListedMissedFirstOnceEach()
    {
        await using var bed = new OneOnOneTestbed(Now);
        await bed.SeedPairAsync();
        await bed.ScheduleAsync(DayOfWeek.Monday, "09:00", "America/New_York");
        var rep = Rep.AadObjectId;
        var manager = Manager.AadObjectId;
        var chat = new CommitmentOrigin(CommitmentOriginKind.Chat, Rep.PersonalConversationId);
        var review = new CommitmentOrigin(CommitmentOriginKind.PipelineReview, "review-1:deal:contoso");
        var earlier1on1 = new CommitmentOrigin(
            CommitmentOriginKind.OneOnOne,
            OneOnOneIds.Occurrence(manager, rep, Start.AddDays(-7)));
        await CommitAsync(bed, "Send Contoso the MSA", Now.AddHours(5), chat, rep);
        await CommitAsync(bed, "Fabrikam recovery plan", Start.AddDays(3), review, rep);
        await CommitAsync(bed, "Joint account plan for Litware", Now.AddHours(6), chat, rep, manager);
        await CommitAsync(bed, "Intro to the Northwind CFO", Now.AddHours(7), earlier1on1, rep, manager);
        await CommitAsync(bed, "Alice's own forecast prep", Now.AddHours(5), chat, manager);
        var done = await CommitAsync(bed, "Already sent the Tailspin quote", Now.AddHours(5), chat, rep);
        await bed.Get<CommitmentService>().CompleteAsync(Tenant, done.Id, rep, default);

        await bed.SweepAtAsync(AgendaAt);

        var agenda = bed.CardsSentTo(Manager).Last(c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal));
        var facts = ReviewFacts(agenda);
        Assert.Equal(["Missed", "Missed", "Missed", "Open"], facts.Select(f => f.Title));
        Assert.StartsWith("Send Contoso the MSA", facts[0].Value, StringComparison.Ordinal);
        Assert.StartsWith("Joint account plan for Litware", facts[1].Value, StringComparison.Ordinal);
        Assert.StartsWith("Intro to the Northwind CFO", facts[2].Value, StringComparison.Ordinal);
        Assert.StartsWith("Fabrikam recovery plan", facts[3].Value, StringComparison.Ordinal);
        var repAgenda = bed.CardsSentTo(Rep).Last(c => Heading(c).StartsWith("1:1 agenda", StringComparison.Ordinal));
        Assert.Equal(facts.Select(f => f.Title), ReviewFacts(repAgenda).Select(f => f.Title));
    }

    [Fact]
    public async Task Agenda_CommitmentMadeInChatAfterTheMeetingBegan_WaitsForTheNextOne()
    {
        await using var bed = new OneOnOneTestbed(Now);
        await bed.SeedPairAsync();
        await bed.ScheduleAsync(DayOfWeek.Monday, "09:00", "America/New_York");
        var occurrence = await bed.NextOccurrenceAsync();
        bed.Clock.SetUtcNow(Start.AddMinutes(5));
        var chat = new CommitmentOrigin(CommitmentOriginKind.Chat, Rep.PersonalConversationId);
        await CommitAsync(bed, "Send Contoso the MSA", Start.AddDays(2), chat, Rep.AadObjectId);

        var during = await bed.Service.ViewAsync(occurrence, default);
        var next = await bed.Service.ViewAsync(occurrence with { StartsAt = Start.AddDays(7) }, default);

        Assert.Empty(during!.PreviousItems);
        Assert.Equal(["Send Contoso the MSA"], next!.PreviousItems.Select(c => c.Text));
    }
}
