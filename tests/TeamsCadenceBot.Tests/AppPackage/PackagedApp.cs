namespace TeamsCadenceBot.Tests.AppPackage;

/// <summary>The package built once with <see cref="AppPackageBuild.TestSettings"/>, shared by a test class.</summary>
public sealed class PackagedApp : IAsyncLifetime
{
    private AppPackageBuild? _build;

    public AppPackageBuild Build => _build ?? throw new InvalidOperationException("Not built yet");

    public async Task InitializeAsync()
    {
        _build = await AppPackageBuild.RunAsync(AppPackageBuild.TestSettings);
        Assert.True(_build.Result.ExitCode == 0, _build.Result.ToString());
    }

    public Task DisposeAsync()
    {
        _build?.Dispose();
        return Task.CompletedTask;
    }
}
