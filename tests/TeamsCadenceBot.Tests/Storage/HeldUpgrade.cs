using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

/// <summary>A storage upgrade that runs until the test lets it finish, to hold a service in its upgrade.</summary>
internal sealed class HeldUpgrade : IStorageUpgrade
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = "held-" + Guid.NewGuid().ToString("N")[..8];

    public void Release() => _release.TrySetResult();

    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        await _release.Task.WaitAsync(cancellationToken);
        return 0;
    }
}
