using System.Text.RegularExpressions;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Spots action items that name an activity but no outcome ("follow up", "check in"), which the
/// framework says to question before accepting: they make poor commitments.
/// </summary>
internal static partial class VagueItemCheck
{
    /// <summary>A question to ask back, or null when the item is concrete enough.</summary>
    public static string? Question(string text, string? successCriterion)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (!VaguePhrase().IsMatch(text) || (words > 6 && !string.IsNullOrWhiteSpace(successCriterion)))
        {
            return null;
        }

        return $"\"{text}\" sounds vague. With whom, to achieve what? Add who or which deal, and a \"done when\" "
            + "that says how you'll know it worked, or confirm it as it is.";
    }

    [GeneratedRegex(@"\b(follow[- ]?up|check[- ]?in|touch base|circle back|look into|reach out|ping|sync up|keep (an )?eye on|work on)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex VaguePhrase();
}
