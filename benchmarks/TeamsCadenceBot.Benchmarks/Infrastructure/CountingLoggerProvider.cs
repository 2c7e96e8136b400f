using System.Collections.Concurrent;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>Counts the service's log events at Warning and above by event name, and writes nothing.</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public ILogger CreateLogger(string categoryName) => new CountingLogger(_counts);

    public void Dispose()
    {
    }

    private sealed class CountingLogger(ConcurrentDictionary<string, int> counts) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                counts.AddOrUpdate($"{logLevel} {eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}", 1, (_, n) => n + 1);
            }
        }
    }
}
