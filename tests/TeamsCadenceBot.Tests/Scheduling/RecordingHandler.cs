using System.Collections.Concurrent;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Tests.Scheduling;

internal sealed class RecordingHandler(string kind = "test.kind") : IScheduledWorkHandler
{
    public ConcurrentQueue<ScheduledWork> Handled { get; } = new();

    public Func<ScheduledWork, Task>? OnHandle { get; set; }

    public Func<ScheduledWork, string?>? Subject { get; set; }

    public string Kind => kind;

    public string? SubjectOf(ScheduledWork work) => Subject?.Invoke(work);

    public async Task HandleAsync(ScheduledWork work, CancellationToken cancellationToken)
    {
        if (OnHandle is not null)
        {
            await OnHandle(work);
        }

        Handled.Enqueue(work);
    }
}
