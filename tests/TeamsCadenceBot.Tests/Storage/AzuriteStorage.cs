using Azure.Core;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Tests.Storage;

/// <summary>
/// The real Azurite started by scripts/test.sh (or by hand: see CONTRIBUTING.md). Each test gets its
/// own table prefix so tests never see each other's rows. Retries are off so that a missing emulator
/// fails in a second instead of hanging.
/// </summary>
public static class AzuriteStorage
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("CADENCE_TEST_STORAGE") is { Length: > 0 } configured
            ? configured
            : "UseDevelopmentStorage=true";

    public static TableClientOptions FailFastOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.Retry.Mode = RetryMode.Fixed;
        return options;
    }

    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}
