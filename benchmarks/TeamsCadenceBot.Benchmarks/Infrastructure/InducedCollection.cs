using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>
/// Makes another .NET process run a full, blocking garbage collection, the way dotnet-gcdump does: an EventPipe
/// session that enables the runtime's GC heap-collect keyword. The GC events of that session confirm that an
/// induced collection ran and give the managed heap's size after it.
/// </summary>
internal static class InducedCollection
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private const long GcHeapCollectKeyword = 0x800000;

    /// <summary>The managed heap's size after the induced collection; null when none was seen in time.</summary>
    public static async Task<long?> CollectAsync(int processId, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        var provider = new EventPipeProvider(RuntimeProvider, EventLevel.Informational, GcKeyword | GcHeapCollectKeyword);
        using var session = client.StartEventPipeSession([provider], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        var heapAfter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Clr.GCStart += e => induced |= e.Reason == GCReason.Induced;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
            {
                heapAfter.TrySetResult(
                    e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4);
            }
        };
        var processing = Task.Run(source.Process, CancellationToken.None);

        var finished = await Task.WhenAny(heapAfter.Task, Task.Delay(TimeSpan.FromSeconds(20), TimeProvider.System, cancellationToken));
        await session.StopAsync(CancellationToken.None);
        await processing;
        return finished == heapAfter.Task ? await heapAfter.Task : null;
    }
}
