using System.Globalization;
using TeamsCadenceBot.Scheduling;
using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.Graph;

/// <summary>The card that asks a manager to confirm a 1:1 found in their calendar, and what replaces it.</summary>
internal static class OneOnOneCards
{
    public const string VerbPrefix = "graph.oneonone.";
    public const string ConfirmVerb = VerbPrefix + "confirm";
    public const string DismissVerb = VerbPrefix + "dismiss";

    public static AdaptiveCard Proposal(ProposedOneOnOne proposal)
    {
        var data = new Dictionary<string, string>
        {
            ["manager"] = proposal.ManagerId,
            ["proposal"] = ProposalStore.KeyOf(proposal.SeriesId),
        };
        return new AdaptiveCard
        {
            Speak = $"Is this your 1:1 with {proposal.RepName}?",
            Body =
            [
                new TextBlock($"Is this your 1:1 with {proposal.RepName}?")
                {
                    Size = "Medium",
                    Weight = "Bolder",
                    Style = "heading",
                },
                new TextBlock("I found this recurring meeting of just the two of you in your calendar. "
                    + "Confirm it and I'll prepare both of you before each one."),
                Facts(proposal),
            ],
            Actions =
            [
                new ExecuteAction(ConfirmVerb) { Title = "Yes, that's our 1:1", Style = "positive", Data = data },
                new ExecuteAction(DismissVerb) { Title = "No, it isn't", Data = data },
            ],
        };
    }

    public static AdaptiveCard Decided(ProposedOneOnOne proposal, ProposalState state) => new()
    {
        Body =
        [
            new TextBlock(state == ProposalState.Confirmed
                ? $"Your 1:1 with {proposal.RepName} is set up."
                : $"Got it: that meeting with {proposal.RepName} isn't a 1:1. I won't suggest it again.")
            {
                Weight = "Bolder",
            },
            Facts(proposal),
        ],
    };

    /// <summary>Such as "Every other Tuesday at 10:00 (Europe/Berlin)".</summary>
    public static string Describe(ProposedOneOnOne proposal) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} at {2:HH\\:mm} ({3})",
            proposal.Cadence == OneOnOneCadence.Weekly ? "Every" : "Every other",
            proposal.Day,
            proposal.LocalTime,
            proposal.TimeZone);

    private static FactSet Facts(ProposedOneOnOne proposal)
    {
        var zone = LocalClock.FindZone(proposal.TimeZone) ?? TimeZoneInfo.Utc;
        return new FactSet(
        [
            new Fact("When", Describe(proposal)),
            new Fact("Length", $"{(int)proposal.Length.TotalMinutes} min"),
            new Fact("Next", LocalFormat.DayAndTime(proposal.NextOccurrence, zone)),
        ]);
    }
}
