using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TeamsCadenceBot.Operations;

namespace TeamsCadenceBot.Tests.Operations;

/// <summary>
/// A <see cref="CadenceMetrics"/> of the test's own with a listener on its meter only, so that tests running
/// side by side never see each other's measurements.
/// </summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MetricRecorder()
    {
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Metrics = new CadenceMetrics(_services.GetRequiredService<IMeterFactory>());
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, Metrics.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measurements.Enqueue(new Measurement(
                instrument.Name,
                value,
                tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
    }

    public CadenceMetrics Metrics { get; }

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>
    /// The sum recorded on <paramref name="instrument"/> with the tag <paramref name="tag"/> = <paramref
    /// name="value"/>.
    /// </summary>
    public long Sum(string instrument, string tag, string value) =>
        Measurements
            .Where(m => m.Instrument == instrument && m.Tags.TryGetValue(tag, out var v) && v == value)
            .Sum(m => m.Value);

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    internal sealed record Measurement(string Instrument, long Value, IReadOnlyDictionary<string, string?> Tags);
}
