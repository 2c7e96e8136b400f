using System.Collections.Concurrent;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Teams.Tests.Hosting;

/// <summary>Records every activity it receives and answers as the test tells it to.</summary>
internal sealed class RecordingActivityHandler : IActivityHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Func<Activity, InvokeResponse?> Answer { get; set; } = _ => null;

    public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        Received.Enqueue(activity);
        return Task.FromResult(Answer(activity));
    }
}
