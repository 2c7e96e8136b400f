namespace TeamsCadenceBot.OneOnOnes.Demo;

/// <summary>
/// The Agents Playground's users as a sales team: its own user, Alex Wilber, manages the five others, each in a
/// zone of their own so the cards show times in two zones.
/// </summary>
internal static class DemoTeam
{
    public const string PlaygroundTenantId = "00000000-0000-0000-0000-0000000000001";

    public static readonly DemoMember Manager =
        new("user-id-0", "00000000-0000-0000-0000-0000000000020", "Alex Wilber", "alexw@example.com", null);

    public static readonly IReadOnlyList<DemoMember> Reps =
    [
        new("user-id-1", "00000000-0000-0000-0000-0000000000021", "Megan Bowen", "meganb@example.com", "Europe/Berlin"),
        new("user-id-2", "00000000-0000-0000-0000-0000000000022", "Adele Vance", "adelev@example.com", "America/New_York"),
        new("user-id-3", "00000000-0000-0000-0000-0000000000023", "Isaiah Langer", "isaiahl@example.com", "Europe/London"),
        new("user-id-4", "00000000-0000-0000-0000-0000000000024", "Patti Fernandez", "pattif@example.com", "America/Los_Angeles"),
        new("user-id-5", "00000000-0000-0000-0000-0000000000025", "Lynne Robbins", "lynner@example.com", "Asia/Kolkata"),
    ];
}

/// <summary>One Playground user: Teams id, object id, name, email and the zone the demo gives them (null: their client's).</summary>
internal sealed record DemoMember(string TeamsId, string AadObjectId, string Name, string Email, string? TimeZone);
