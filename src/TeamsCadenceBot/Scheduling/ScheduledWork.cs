namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// A piece of timed work: send a prep prompt, remind an owner, post a digest. Its id is derived from
/// what it is for (a commitment and its due time, a manager and a date), so scheduling it twice
/// stores it once and a redelivered result is recognised.
/// </summary>
/// <param name="TenantId">The tenant the work belongs to.</param>
/// <param name="Id">A stable id, unique in the tenant.</param>
/// <param name="Kind">Which <see cref="IScheduledWorkHandler"/> does it.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="Payload">What the handler needs, as the handler's own JSON.</param>
internal sealed record ScheduledWork(string TenantId, string Id, string Kind, DateTimeOffset DueAt, string Payload)
{
    /// <summary>
    /// When doing it no longer makes sense (a prep prompt once the meeting began). Work found after
    /// this time, say after an outage, is dropped and logged; null means it is always still worth doing.
    /// </summary>
    public DateTimeOffset? StaleAt { get; init; }
}
