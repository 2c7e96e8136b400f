namespace TeamsCadenceBot.Bot;

/// <summary>
/// Sees every turn before it is dispatched, in registration order: people learn who is who and
/// conversations learn where to reach them, whatever the activity was for.
/// </summary>
public interface ITurnObserver
{
    /// <summary>Records what the turn tells; must be idempotent, as Teams redelivers.</summary>
    Task ObserveAsync(Turn turn, CancellationToken cancellationToken);
}
