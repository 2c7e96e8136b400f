using TeamsCadenceBot.Deals;

namespace TeamsCadenceBot.Tests.OneOnOnes;

// The longest realistic content for 1:1 cards: text at the most a field takes, with characters that JSON and
// Markdown escape, and Bob's deals with CRM names at their longest, missing everything a review can flag.
internal static class LongContent
{
    private const string Filler = "with the buying committee, legal & procurement \"quoted\" <tags> ";

    public static string Text(string start, int length) =>
        (start + " " + string.Concat(Enumerable.Repeat(Filler, 20)))[..length];

    /// <summary>Deal <paramref name="i"/> (CRM id 006D01, 006D02, ...) in discovery, quiet for 60 days.</summary>
    public static Deal Deal(int i, DateOnly today) => new()
    {
        TenantId = OneOnOneTestbed.Tenant,
        CrmId = $"006D{i:D2}",
        Name = Text($"Deal {i}: Contoso Pharmaceuticals worldwide", 255),
        OwnerId = OneOnOneTestbed.Rep.AadObjectId,
        Stage = DealStage.Discovery,
        CrmStage = "Discovery",
        Amount = 1_234_567.89m,
        CloseDate = today.AddDays(20),
        LastActivityDate = today.AddDays(-60),
        CreatedDate = today.AddDays(-200),
        StageEnteredDate = today.AddDays(-100),
        EngagedContacts = 1,
        Scorecard = new QualificationScorecard(false, false, false, false, false),
    };
}
