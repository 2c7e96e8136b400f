using System.Globalization;
using TeamsCadenceBot.Deals.Import;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.ForecastCalls.Quotas;

/// <summary>Who may see and set a team's quotas, and reading the amounts typed on the quota card.</summary>
internal static class QuotaRules
{
    public const string NoTeam =
        "Quotas are set by each rep's manager, and you have no reps yet. "
        + "Set up your team with **set up my team** in your personal chat with me.";

    /// <summary>The manager or a leader above them; <paramref name="managerChain"/> starts with the manager.</summary>
    public static bool MaySetTeamQuotas(string actorId, IReadOnlyList<Person> managerChain) =>
        managerChain.Any(p => p.Id == actorId);

    public static string NotAllowed(string managerName) =>
        $"Only {managerName} and the leaders above them can see or set the quotas of {managerName}'s reps.";

    /// <summary>
    /// The quotas to store from the card's fields (<paramref name="typed"/>, by rep id): a field left empty keeps what
    /// is stored, an unchanged amount is left out. Null with the reason, naming the rep, when any amount is negative
    /// or not a number, so that nothing is saved.
    /// </summary>
    // Gaps: a stored quota cannot be cleared from the card, only set to 0, because IQuotaStore has no delete.
    public static IReadOnlyList<(string RepId, decimal Amount)>? Changes(
        IReadOnlyList<QuotaLine> reps,
        IReadOnlyDictionary<string, string?> typed,
        out string? refusal)
    {
        refusal = null;
        var changes = new List<(string RepId, decimal Amount)>();
        foreach (var rep in reps)
        {
            var text = typed.GetValueOrDefault(rep.RepId)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (!DealValues.TryAmount(text, culture: null, out var amount))
            {
                refusal = $"{rep.RepName}'s quota \"{Short(text)}\" is not a number. Nothing was saved.";
                return null;
            }

            if (amount < 0)
            {
                refusal = $"{rep.RepName}'s quota cannot be negative ({Short(text)}). Nothing was saved.";
                return null;
            }

            if (rep.Amount != amount)
            {
                changes.Add((rep.RepId, amount));
            }
        }

        return changes;
    }

    /// <summary>What a save did, for the card.</summary>
    public static string Saved(int changed) => changed switch
    {
        0 => "Nothing changed.",
        1 => "Saved 1 quota.",
        _ => string.Create(CultureInfo.InvariantCulture, $"Saved {changed} quotas."),
    };

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "...";
}
