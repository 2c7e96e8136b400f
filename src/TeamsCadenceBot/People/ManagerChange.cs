namespace TeamsCadenceBot.People;

/// <summary>What <see cref="IPeopleStore.SetManagerAsync"/> did.</summary>
public enum ManagerChange
{
    /// <summary>The manager was changed.</summary>
    Changed,

    /// <summary>The person already had that manager; nothing was written.</summary>
    Unchanged,

    /// <summary>Someone else changed the person's manager since the caller looked; nothing was written.</summary>
    Conflict,

    /// <summary>The person or the new manager is not known; nothing was written.</summary>
    NotFound,

    /// <summary>The new manager is the person or reports to them; nothing was written.</summary>
    Cycle,
}
