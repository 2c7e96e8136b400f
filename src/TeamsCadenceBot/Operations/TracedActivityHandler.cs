using System.Diagnostics;
using TeamsCadenceBot.Teams.Activities;
using Activity = TeamsCadenceBot.Teams.Activities.Activity;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Operations;

/// <summary>
/// Wraps the router: a span for each turn, the handled-activity counter, and a failure count when the turn
/// throws (the exception still goes to the endpoint, which answers 500 so that Teams redelivers).
/// </summary>
internal sealed class TracedActivityHandler(IActivityHandler inner, CadenceMetrics metrics) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var span = CadenceTracing.Source.StartActivity("turn " + activity.Type, ActivityKind.Server);
        span?.SetTag("activity.type", activity.Type);
        span?.SetTag("activity.name", activity.Name);
        span?.SetTag("conversation.scope", activity.GetScope().ToString());
        try
        {
            var response = await inner.HandleAsync(activity, cancellationToken);
            metrics.ActivityHandled(activity.Type);
            if (response is not null)
            {
                span?.SetTag("invoke.status", response.Status);
            }

            return response;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics.Failed("turn", e.GetType().Name);
            span.RecordFailure(e);
            throw;
        }
    }
}
