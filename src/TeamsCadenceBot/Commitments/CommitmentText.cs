using System.Globalization;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Commitments;

/// <summary>
/// Reads a commitment typed in chat, in the form <c>help</c> documents:
/// <c>commit &lt;what&gt;; due &lt;date&gt; [time]; owner &lt;me|both|@name&gt;; done when &lt;criterion&gt;</c>.
/// Dates are <c>2026-12-10</c>, <c>12/10/2026</c>, <c>today</c>, <c>tomorrow</c> or a weekday; times are
/// <c>17:00</c> or <c>5pm</c>, 17:00 when left out, in the typing person's time zone.
/// </summary>
internal static class CommitmentText
{
    public const string Form = "commit <what>; due <date> [time]; owner <me|both|@name>; done when <criterion>";

    public const string Example = "commit Send the MSA to Contoso; due friday 17:00; owner me; done when legal has it";

    private static readonly TimeOnly DefaultTime = new(17, 0);

    public static DraftResult Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var what = parts.Length > 0 && !IsField(parts[0]) ? parts[0] : null;
        var due = Field(parts, "due");
        var owner = Field(parts, "owner");
        var criterion = Field(parts, "done when");

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(what))
        {
            problems.Add("what you commit to");
        }

        OwnerChoice? ownerChoice = owner?.ToLowerInvariant() switch
        {
            null or "" => null,
            "me" or "myself" or "i" => OwnerChoice.Me,
            "both" or "us" or "we" => OwnerChoice.Both,
            _ => OwnerChoice.Mentioned,
        };
        if (ownerChoice is null)
        {
            problems.Add("an owner (owner me, owner both or owner @name)");
        }

        DateTimeOffset? dueAt = null;
        if (string.IsNullOrWhiteSpace(due))
        {
            problems.Add("a due date (due 2026-12-10 17:00, due friday, due tomorrow)");
        }
        else if (ParseDue(due, now, zone) is not { } parsed)
        {
            problems.Add($"a due date I can read: \"{due}\" is not one (try 2026-12-10 17:00, friday 9am or tomorrow)");
        }
        else if (parsed <= now)
        {
            problems.Add("a due date in the future: the one given has already passed");
        }
        else
        {
            dueAt = parsed;
        }

        return problems.Count > 0
            ? new DraftResult(null, problems)
            : new DraftResult(new CommitmentDraft(what!, ownerChoice!.Value, dueAt!.Value, criterion), []);
    }

    /// <summary>Reads a date with an optional time, relative to <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset? ParseDue(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var words = text.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return null;
        }

        var today = LocalClock.Today(now, zone);
        var timeWords = words.Skip(1).ToArray();
        DateOnly? date = words[0] switch
        {
            "today" => today,
            "tomorrow" => today.AddDays(1),
            var w when Enum.TryParse<DayOfWeek>(w, ignoreCase: true, out var day) && !int.TryParse(w, out _) =>
                today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7 is var ahead && ahead == 0 ? 7 : ahead),
            var w when DateOnly.TryParseExact(w, ["yyyy-MM-dd", "M/d/yyyy", "MM/dd/yyyy"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var exact) => exact,
            _ => null,
        };
        if (date is null)
        {
            return null;
        }

        var time = timeWords.Length == 0 ? DefaultTime : ParseTime(string.Join(' ', timeWords));
        return time is null ? null : LocalClock.ToInstant(date.Value, time.Value, zone);
    }

    private static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(
            text.Replace(" ", "", StringComparison.Ordinal),
            ["H:mm", "HH:mm", "htt", "h:mmtt", "hhtt", "hh:mmtt"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var time)
            ? time
            : null;

    private static bool IsField(string part) =>
        part.StartsWith("due ", StringComparison.OrdinalIgnoreCase)
        || part.StartsWith("owner ", StringComparison.OrdinalIgnoreCase)
        || part.StartsWith("done when ", StringComparison.OrdinalIgnoreCase);

    private static string? Field(string[] parts, string name) =>
        parts.Skip(1)
            .Where(p => p.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) || p.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p[name.Length..].Trim())
            .FirstOrDefault();
}
