using Microsoft.Extensions.Options;
using TeamsCadenceBot.Operations;

namespace TeamsCadenceBot.Scheduling;

/// <summary>
/// One pass over due work: claim each piece under its ETag (so one instance does it), drop it if it
/// went stale while nobody ran, otherwise hand it to its kind's handler and remove it. A handler that
/// fails leaves the work for a later pass, with backoff, until it goes to the dead-letter table.
/// </summary>
/// <remarks>
/// Pieces of different subjects due in the same sweep may finish in any order: an item found missed in the sweep
/// that sends its manager's digest (or after an outage) is found missed after the digest's time, so it goes in
/// the next day's digest. Gaps: an item marked missed by one instance just before the digest time, whose write
/// lands after another instance already read that digest's items, is in neither digest.
/// </remarks>
internal sealed partial class SchedulerSweep(
    WorkSchedule schedule,
    DeadLetterStore deadLetters,
    IEnumerable<IScheduledWorkHandler> handlers,
    IOptions<SchedulerOptions> options,
    TimeProvider clock,
    ILogger<SchedulerSweep> logger,
    CadenceMetrics? metrics = null)
{
    private readonly Dictionary<string, IScheduledWorkHandler> _handlers =
        handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    /// <summary>Identifies this instance in claims, for diagnosis.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Runs one sweep over every tenant; returns how many pieces of work this instance finished.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        (await SweepAsync(cancellationToken)).Done;

    /// <summary>
    /// Runs one sweep over every tenant, a tenant's due pieces side by side up to
    /// <see cref="SchedulerOptions.Concurrency"/> (pieces of one subject in due order).
    /// </summary>
    public async Task<SweepOutcome> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var done = 0;
        var moreDue = false;
        foreach (var tenantId in await schedule.ListTenantsAsync(cancellationToken))
        {
            var now = clock.GetUtcNow();
            var due = await schedule.ReadDueAsync(tenantId, now, settings.BatchSize, cancellationToken);
            var finished = 0;
            var claimed = 0;
            await Parallel.ForEachAsync(
                Lanes(due),
                new ParallelOptions
                {
                    MaxDegreeOfParallelism = settings.Concurrency,
                    CancellationToken = cancellationToken,
                },
                async (lane, token) =>
                {
                    foreach (var entity in lane)
                    {
                        switch (await RunAsync(entity, token))
                        {
                            case PieceRun.Finished:
                                Interlocked.Increment(ref finished);
                                Interlocked.Increment(ref claimed);
                                break;
                            case PieceRun.Deferred:
                                Interlocked.Increment(ref claimed);
                                break;
                        }
                    }
                });
            done += finished;
            // A full batch of which this instance claimed some: each piece read was moved out of the due range
            // (claimed, backing off), removed, or taken by another instance, so another read at once goes on to the
            // next pieces. With none claimed, other instances are at work on them; the next sweep comes soon enough.
            moreDue |= due.Count == settings.BatchSize && claimed > 0;
        }

        return new SweepOutcome(done, moreDue);
    }

    // One lane per subject, in due order within it; pieces without a subject share their tenant's lane.
    private List<List<ScheduledWorkEntity>> Lanes(IReadOnlyList<ScheduledWorkEntity> due)
    {
        var lanes = new Dictionary<string, List<ScheduledWorkEntity>>(StringComparer.Ordinal);
        var order = new List<List<ScheduledWorkEntity>>();
        foreach (var entity in due)
        {
            var subject = SubjectOf(entity) ?? "";
            if (!lanes.TryGetValue(subject, out var lane))
            {
                lane = [];
                lanes[subject] = lane;
                order.Add(lane);
            }

            lane.Add(entity);
        }

        return order;
    }

    private string? SubjectOf(ScheduledWorkEntity entity)
    {
        if (!_handlers.TryGetValue(entity.Kind, out var handler))
        {
            return null;
        }

        try
        {
            return handler.SubjectOf(entity.ToWork()) is { Length: > 0 } subject ? "s:" + subject : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            // An unreadable payload fails in its handler, which retries and dead-letters it; here it only orders.
            return null;
        }
    }

    private async Task<PieceRun> RunAsync(ScheduledWorkEntity entity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (!await schedule.TryClaimAsync(entity, InstanceId, now, now + settings.ClaimLease, cancellationToken))
        {
            return PieceRun.NotClaimed;
        }

        var work = entity.ToWork();
        if (work.StaleAt is { } staleAt && now >= staleAt)
        {
            LogStale(logger, work.Kind, work.Id, work.DueAt, staleAt);
            await schedule.RemoveAsync(entity, cancellationToken);
            return PieceRun.Finished;
        }

        if (!_handlers.TryGetValue(work.Kind, out var handler))
        {
            await DeadLetterAsync(entity, $"No handler for the kind '{work.Kind}'.", cancellationToken);
            return PieceRun.Finished;
        }

        try
        {
            await handler.HandleAsync(work, cancellationToken);
            await schedule.RemoveAsync(entity, cancellationToken);
            return PieceRun.Finished;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics?.Failed("scheduler", e.GetType().Name);
            if (entity.Attempts >= settings.MaxAttempts)
            {
                await DeadLetterAsync(entity, e.GetType().Name + ": " + e.Message, cancellationToken);
                return PieceRun.Finished;
            }

            var retryAt = clock.GetUtcNow() + Backoff(entity.Attempts);
            LogRetry(logger, work.Kind, work.Id, entity.Attempts, retryAt, e);
            await schedule.ReleaseAsync(entity, retryAt, e.GetType().Name + ": " + e.Message, cancellationToken);
            return PieceRun.Deferred;
        }
    }

    private async Task DeadLetterAsync(ScheduledWorkEntity entity, string reason, CancellationToken cancellationToken)
    {
        LogDeadLettered(logger, entity.Kind, entity.WorkId, entity.Attempts);
        await deadLetters.AddAsync(
            new DeadLetter(entity.TenantId, "scheduler", entity.Kind, entity.WorkId, reason, entity.Attempts, clock.GetUtcNow()),
            cancellationToken);
        await schedule.RemoveAsync(entity, cancellationToken);
    }

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    [LoggerMessage(EventId = 1701, EventName = "ScheduledWorkStale", Level = LogLevel.Information,
        Message = "Dropped {Kind} work {WorkId} due {DueAt:u}: it went stale at {StaleAt:u} before it could run")]
    private static partial void LogStale(ILogger logger, string kind, string workId, DateTimeOffset dueAt, DateTimeOffset staleAt);

    [LoggerMessage(EventId = 1702, EventName = "ScheduledWorkRetry", Level = LogLevel.Warning,
        Message = "{Kind} work {WorkId} failed on attempt {Attempts}; trying again at {RetryAt:u}")]
    private static partial void LogRetry(ILogger logger, string kind, string workId, int attempts, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(EventId = 1703, EventName = "ScheduledWorkDeadLettered", Level = LogLevel.Error,
        Message = "{Kind} work {WorkId} failed {Attempts} times and was moved to the dead-letter table")]
    private static partial void LogDeadLettered(ILogger logger, string kind, string workId, int attempts);
}
