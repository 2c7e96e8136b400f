namespace TeamsCadenceBot.Graph;

/// <summary>
/// Whether the directory's answer replaces a person's manager in the bot. The directory keeps the organisation
/// current, but a manager chosen in the bot (with <c>set up my team</c> or the team card) is kept until the
/// directory's own answer for that person changes:
/// <list type="number">
/// <item>No manager in the bot yet: the directory's is taken.</item>
/// <item>The bot's manager is what the last sync left: nobody chose otherwise since, so the directory wins.</item>
/// <item>It differs from what the last sync left, or no sync has run for the person yet: it was chosen in the
/// bot, so it is kept, and the directory's current answer is remembered.</item>
/// <item>A kept choice stays kept while the directory still says what it said when the choice was kept; once the
/// directory changes (a real reorganisation), the directory wins again.</item>
/// </list>
/// </summary>
internal static class ManagerRule
{
    public static ManagerDecision Decide(string? current, string? directory, OrgSyncRecord? last)
    {
        if (current == directory)
        {
            return ManagerDecision.Agree;
        }

        if (current is null)
        {
            return ManagerDecision.TakeDirectory;
        }

        if (last is null || current != last.SyncedManagerId)
        {
            return ManagerDecision.KeepChosenInBot;
        }

        return last.KeptChoice && last.DirectoryManagerId == directory
            ? ManagerDecision.KeepChosenInBot
            : ManagerDecision.TakeDirectory;
    }
}

/// <summary>What <see cref="ManagerRule"/> decided for one person.</summary>
internal enum ManagerDecision
{
    /// <summary>The bot and the directory already agree.</summary>
    Agree,

    /// <summary>The directory's manager replaces the bot's.</summary>
    TakeDirectory,

    /// <summary>The manager chosen in the bot stays.</summary>
    KeepChosenInBot,
}

/// <summary>What the last sync saw and left for one person.</summary>
/// <param name="DirectoryManagerId">The directory's manager at the last sync.</param>
/// <param name="SyncedManagerId">The bot's manager right after the last sync.</param>
/// <param name="KeptChoice">True when the last sync kept a manager chosen in the bot over the directory's.</param>
/// <param name="SyncedAt">When.</param>
internal sealed record OrgSyncRecord(
    string? DirectoryManagerId,
    string? SyncedManagerId,
    bool KeptChoice,
    DateTimeOffset SyncedAt);
