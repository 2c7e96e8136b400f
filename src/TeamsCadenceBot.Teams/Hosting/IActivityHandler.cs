using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>
/// The application's side of the protocol: receives each authenticated, well-formed activity once.
/// </summary>
public interface IActivityHandler
{
    /// <summary>
    /// Handles an activity. Returns the invoke response for invoke activities and null for the rest,
    /// which are acknowledged with 200 and an empty body.
    /// </summary>
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
