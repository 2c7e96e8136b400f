using System.Globalization;

namespace TeamsCadenceBot.Benchmarks;

/// <summary>The command line after the scenario name: <c>--name value</c> pairs.</summary>
internal sealed class BenchOptions
{
    private readonly Dictionary<string, string> _values;

    private BenchOptions(Dictionary<string, string> values) => _values = values;

    /// <summary>The Azurite connection string every scenario stores into.</summary>
    public string Storage =>
        Text("storage")
        ?? Environment.GetEnvironmentVariable("CADENCE_BENCH_STORAGE")
        ?? Environment.GetEnvironmentVariable("CADENCE_TEST_STORAGE")
        ?? "UseDevelopmentStorage=true";

    public string? ResultsDirectory => Text("results-dir");

    public static BenchOptions Parse(ReadOnlySpan<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs, found '{args[i]}'.", nameof(args));
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new BenchOptions(values);
    }

    public string? Text(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public int Number(string name, int fallback) =>
        Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
