namespace TeamsCadenceBot.People;

/// <summary>A person with their manager and direct reports: what <c>my team</c> shows and what roles come from.</summary>
/// <param name="Person">The person.</param>
/// <param name="Manager">Their manager, if any.</param>
/// <param name="Reports">Their direct reports, by name.</param>
public sealed record OrgPosition(Person Person, Person? Manager, IReadOnlyList<DirectReport> Reports)
{
    /// <summary>The roles derived from the relations.</summary>
    public PersonRoles Roles => Derive(Person.ManagerId is not null, Reports.Count, Reports.Count(r => r.ReportCount > 0));

    /// <summary>The roles of someone with or without a manager, with so many reports of whom so many manage.</summary>
    public static PersonRoles Derive(bool hasManager, int reportCount, int reportsWhoManage)
    {
        var roles = PersonRoles.None;
        if (hasManager)
        {
            roles |= PersonRoles.Rep;
        }

        if (reportCount > 0)
        {
            roles |= PersonRoles.Manager;
        }

        if (reportsWhoManage > 0)
        {
            roles |= PersonRoles.Leader;
        }

        return roles;
    }
}

/// <summary>A direct report and how many reports they have in turn.</summary>
/// <param name="Person">The report.</param>
/// <param name="ReportCount">How many people report to them.</param>
public sealed record DirectReport(Person Person, int ReportCount);
