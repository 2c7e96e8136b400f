using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.OneOnOnes;

/// <summary>
/// Reads an action item typed in a 1:1, in the form <see cref="Form"/>: the commitment form with owners that
/// mean something in a 1:1 (me, rep, manager, both, or either person's first name). Dates are read as
/// <see cref="CommitmentText.ParseDue"/> reads them, in the typing person's zone.
/// </summary>
internal static class TypedActionItem
{
    public const string Form = "action <what>; due <date> [time]; owner <me|rep|manager|both>; done when <criterion>";

    public const string Example =
        "action Send Contoso the revised quote; due friday 12:00; owner rep; done when their buyer confirms it";

    public static ActionItemRequest Parse(
        string text,
        DateTimeOffset now,
        TimeZoneInfo zone,
        Func<string, ItemOwner?> owner)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var what = parts.Length > 0 && Field(parts[..1], "due") is null && Field(parts[..1], "owner") is null ? parts[0] : null;
        var problems = new List<string>();
        var due = Field(parts, "due");
        DateTimeOffset? dueAt = null;
        if (due is not null)
        {
            dueAt = CommitmentText.ParseDue(due, now, zone);
            if (dueAt is null)
            {
                problems.Add($"a due date I can read: \"{due}\" is not one (try 2026-12-10 17:00, friday 9am or tomorrow)");
            }
        }

        var ownerText = Field(parts, "owner");
        var resolved = ownerText is null ? null : owner(ownerText);
        if (ownerText is not null && resolved is null)
        {
            problems.Add($"an owner from this 1:1: \"{ownerText}\" is not one (use me, rep, manager or both)");
        }

        var confirmed = parts.Skip(1).Any(p => p.Equals("confirm", StringComparison.OrdinalIgnoreCase));
        return new ActionItemRequest(what, resolved, dueAt, Field(parts, "done when"), confirmed, problems);
    }

    private static string? Field(IEnumerable<string> parts, string name) =>
        parts
            .Where(p => p.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[name.Length..].Trim())
            .FirstOrDefault(v => v.Length > 0);
}
