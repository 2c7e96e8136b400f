namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>
/// Holds the first <c>parties</c> callers until all of them arrived, then lets everyone through: two steps that
/// must overlap in a race test do, whatever the scheduler does.
/// </summary>
internal sealed class Rendezvous(int parties)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public int Arrived => Volatile.Read(ref _arrived);

    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) >= parties)
        {
            _all.TrySetResult();
        }

        return _all.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
