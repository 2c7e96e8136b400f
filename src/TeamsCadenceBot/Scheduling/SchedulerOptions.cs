using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Scheduling;

internal sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>How often due work is looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claim keeps other instances off a piece of work while it is being done.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many due pieces one sweep reads per tenant; after a full batch of which this instance claimed some, it
    /// sweeps again at once, otherwise the rest wait for the next sweep.
    /// </summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>How many pieces of work (of different subjects) one instance does at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 8;

    /// <summary>After this many failed attempts a piece of work goes to the dead-letter table.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;
}
