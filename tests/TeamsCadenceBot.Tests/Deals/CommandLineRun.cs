using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.Deals;

/// <summary>
/// An import verb run as the service runs it: a temporary file, the service configured for the test Azurite under a
/// prefix of its own, and what it printed. The deal and the quota imports' verbs are tested with it.
/// </summary>
internal sealed class CommandLineRun : IDisposable
{
    private readonly string _prefix = AzuriteStorage.UniquePrefix();

    /// <summary>The table prefix the run's service uses.</summary>
    public string Prefix => _prefix;

    public string File { get; } = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");

    public StringWriter Output { get; } = new();

    public string Printed => Output.ToString();

    public Task WriteAsync(string text) => System.IO.File.WriteAllTextAsync(File, text);

    /// <summary>Runs <paramref name="verb"/> with <paramref name="args"/> and the test storage's settings.</summary>
    public Task<int> RunAsync(Func<string[], TextWriter, CancellationToken, Task<int>> verb, params string[] args) =>
        verb(
            [
                .. args,
                $"--Storage:ConnectionString={AzuriteStorage.ConnectionString}",
                $"--Storage:TablePrefix={_prefix}",
            ],
            Output,
            default);

    /// <summary>Makes the person known in the test tenant of the run's storage.</summary>
    public async Task SeedPersonAsync(string id, string name, string email)
    {
        var people = new TablePeopleStore(
            TestTables.Create(_prefix),
            Options.Create(new PeopleOptions()),
            new RecentSightings(new FakeTimeProvider(TestImporter.Now)),
            NullLogger<TablePeopleStore>.Instance);
        await people.UpsertAsync(TestPeople.Tenant, new PersonSighting(id, name, Email: email), default);
    }

    public void Dispose()
    {
        System.IO.File.Delete(File);
        Output.Dispose();
    }
}
