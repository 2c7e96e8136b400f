namespace TeamsCadenceBot.People;

/// <summary>
/// What a person is in the sales organisation, derived from who manages whom and never stored:
/// a person with a manager is a rep, one with reports a manager, one whose reports manage others a leader.
/// A person can be several at once (a manager who reports to a leader is a rep of that leader too).
/// </summary>
[Flags]
public enum PersonRoles
{
    /// <summary>Neither managed nor managing.</summary>
    None = 0,

    /// <summary>Has a manager.</summary>
    Rep = 1,

    /// <summary>Has at least one report.</summary>
    Manager = 2,

    /// <summary>Has at least one report who is a manager: a manager of managers.</summary>
    Leader = 4,
}
