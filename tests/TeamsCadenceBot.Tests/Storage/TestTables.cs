using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

/// <summary>Table and queue clients on the test Azurite, under a prefix of the test's own.</summary>
internal static class TestTables
{
    public static IOptions<StorageOptions> Options(string prefix) =>
        Microsoft.Extensions.Options.Options.Create(new StorageOptions
        {
            ConnectionString = AzuriteStorage.ConnectionString,
            TablePrefix = prefix,
        });

    public static CadenceTables Create(string? prefix = null) =>
        new(Options(prefix ?? AzuriteStorage.UniquePrefix()), AzuriteStorage.FailFastOptions());

    /// <summary>Tables under <paramref name="prefix"/> whose clients use <paramref name="clientOptions"/>.</summary>
    public static CadenceTables Create(string prefix, Azure.Data.Tables.TableClientOptions clientOptions) =>
        new(Options(prefix), clientOptions);

    public static CadenceQueues CreateQueues(string prefix)
    {
        var options = new QueueClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return new CadenceQueues(Options(prefix), options);
    }
}
