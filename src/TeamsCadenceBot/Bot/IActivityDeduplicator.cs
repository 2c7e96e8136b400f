namespace TeamsCadenceBot.Bot;

/// <summary>
/// Remembers which activities were handled, so that a redelivered activity changes nothing.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>
    /// Claims the activity; false when it was already claimed. A claim made for a turn that then
    /// failed is released with <see cref="ReleaseAsync"/> so that the redelivery is handled.
    /// </summary>
    Task<bool> TryClaimAsync(string tenantId, string activityId, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose turn failed.</summary>
    Task ReleaseAsync(string tenantId, string activityId, CancellationToken cancellationToken);
}
