using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

/// <summary>Table clients on the test Azurite, under a prefix of the test's own.</summary>
internal static class TestTables
{
    public static CadenceTables Create(string? prefix = null) =>
        new(
            Options.Create(new StorageOptions
            {
                ConnectionString = AzuriteStorage.ConnectionString,
                TablePrefix = prefix ?? AzuriteStorage.UniquePrefix(),
            }),
            AzuriteStorage.FailFastOptions());
}
