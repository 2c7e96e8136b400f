namespace TeamsCadenceBot.Deals.Demo;

/// <summary>Someone of the demo team: an Entra object id (made up unless the run maps real ones), name and email.</summary>
internal sealed record DemoPerson(string Id, string Name, string Email);

/// <summary>The demo team: one manager and the reps who report to them.</summary>
internal sealed record DemoTeam(string TenantId, DemoPerson Manager, IReadOnlyList<DemoPerson> Reps)
{
    /// <summary>A manager and five reps with made-up ids, names and emails.</summary>
    public static DemoTeam Sample(string tenantId) =>
        new(
            tenantId,
            new DemoPerson("00000000-0000-4000-8000-00000000d001", "Megan Bowen", "megan.bowen@contoso.example"),
            [
                new DemoPerson("00000000-0000-4000-8000-00000000d002", "Alex Wilber", "alex.wilber@contoso.example"),
                new DemoPerson("00000000-0000-4000-8000-00000000d003", "Lidia Holloway", "lidia.holloway@contoso.example"),
                new DemoPerson("00000000-0000-4000-8000-00000000d004", "Diego Siciliani", "diego.siciliani@contoso.example"),
                new DemoPerson("00000000-0000-4000-8000-00000000d005", "Isaiah Langer", "isaiah.langer@contoso.example"),
                new DemoPerson("00000000-0000-4000-8000-00000000d006", "Johanna Lorenz", "johanna.lorenz@contoso.example"),
            ]);
}
