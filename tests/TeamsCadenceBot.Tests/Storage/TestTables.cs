using Microsoft.Extensions.Options;
using TeamsCadenceBot.Storage;

namespace TeamsCadenceBot.Tests.Storage;

public static class TestTables
{
    // Table clients on Azurite under a prefix of their own, failing fast.
    internal static CadenceTables Create() =>
        new(
            Options.Create(new StorageOptions
            {
                ConnectionString = AzuriteStorage.ConnectionString,
                TablePrefix = AzuriteStorage.UniquePrefix(),
            }),
            AzuriteStorage.FailFastOptions());
}
