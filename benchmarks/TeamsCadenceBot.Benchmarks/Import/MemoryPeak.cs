using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Import;

/// <summary>
/// Samples this process's working set (VmRSS) and managed heap every few milliseconds while a piece of work runs,
/// keeping the highest of each: a streamed import must keep both flat whatever the file's size.
/// </summary>
internal sealed class MemoryPeak : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakResident;
    private long _peakManaged;

    private MemoryPeak() => _sampling = SampleAsync();

    public long PeakResidentBytes => Interlocked.Read(ref _peakResident);

    public long PeakManagedBytes => Interlocked.Read(ref _peakManaged);

    /// <summary>Starts sampling now, after a full collection so that earlier garbage does not count.</summary>
    public static MemoryPeak Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new MemoryPeak();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        var processId = Environment.ProcessId;
        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        do
        {
            Sample(processId);
        }
        while (await Wait(timer));

        Sample(processId);
    }

    private async Task<bool> Wait(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Sample(int processId)
    {
        var resident = ProcessMemory.Read(processId).ResidentBytes;
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        Raise(ref _peakResident, resident);
        Raise(ref _peakManaged, managed);
    }

    private static void Raise(ref long peak, long value)
    {
        var seen = Interlocked.Read(ref peak);
        while (value > seen && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
            seen = Interlocked.Read(ref peak);
        }
    }

    public static long ResidentNow() => ProcessMemory.Read(Environment.ProcessId).ResidentBytes;
}
