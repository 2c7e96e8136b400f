namespace TeamsCadenceBot.Benchmarks.Micro;

/// <summary>BenchmarkDotNet's progress on stderr, so that stdout holds only the report.</summary>
internal sealed class StandardErrorLogger : BenchmarkDotNet.Loggers.ILogger
{
    public string Id => nameof(StandardErrorLogger);

    public int Priority => 0;

    public void Write(BenchmarkDotNet.Loggers.LogKind logKind, string text) => Console.Error.Write(text);

    public void WriteLine() => Console.Error.WriteLine();

    public void WriteLine(BenchmarkDotNet.Loggers.LogKind logKind, string text) => Console.Error.WriteLine(text);

    public void Flush() => Console.Error.Flush();
}
