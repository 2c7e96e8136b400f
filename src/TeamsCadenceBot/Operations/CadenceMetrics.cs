using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsCadenceBot.Operations;

/// <summary>
/// The bot's counters, on the meter <see cref="MeterName"/>: what operators chart and alert on. Features
/// call one method per event; the methods take only low-cardinality tags (a type or a kind, never an id).
/// </summary>
internal sealed class CadenceMetrics
{
    public const string MeterName = "TeamsCadenceBot";

    private readonly Counter<long> _activities;
    private readonly Counter<long> _cards;
    private readonly Counter<long> _reminders;
    private readonly Counter<long> _throttles;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _failures;

    public CadenceMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _activities = Meter.CreateCounter<long>(
            "cadence.activities.handled", "{activity}", "Activities from Teams that the bot handled, by type.");
        _cards = Meter.CreateCounter<long>(
            "cadence.cards.sent", "{card}", "Adaptive Cards the bot sent or updated through the connector.");
        _reminders = Meter.CreateCounter<long>(
            "cadence.reminders.sent", "{message}", "Proactive messages (prompts, reminders, digests) sent, by kind.");
        _throttles = Meter.CreateCounter<long>(
            "cadence.throttles", "{response}", "HTTP 429 answers from Teams or Microsoft Graph, by service.");
        _deadLetters = Meter.CreateCounter<long>(
            "cadence.deadletters", "{item}", "Work or messages set aside after repeated failures, by source.");
        _failures = Meter.CreateCounter<long>(
            "cadence.failures", "{failure}", "Operations that failed, by area.");
    }

    /// <summary>The meter itself, so that a test's listener can tell this instance's measurements apart.</summary>
    public Meter Meter { get; }

    public void ActivityHandled(string activityType) =>
        _activities.Add(1, new KeyValuePair<string, object?>("activity.type", activityType));

    /// <summary>A card went out; <paramref name="operation"/> is send, reply, update or thread.</summary>
    public void CardSent(string operation) =>
        _cards.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>A proactive message of this kind (such as <c>commitment.due</c>) was delivered.</summary>
    public void ReminderSent(string kind) =>
        _reminders.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A service answered 429; <paramref name="service"/> is <c>teams</c> or <c>graph</c>.</summary>
    public void Throttled(string service) =>
        _throttles.Add(1, new KeyValuePair<string, object?>("service", service));

    /// <summary>Something went to the dead-letter table; <paramref name="source"/> is scheduler or delivery.</summary>
    public void DeadLettered(string source) =>
        _deadLetters.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>An operation failed in <paramref name="area"/> (turn, delivery, scheduler, graph).</summary>
    public void Failed(string area, string? errorType = null)
    {
        var tags = new TagList { { "area", area } };
        if (errorType is not null)
        {
            tags.Add("error.type", errorType);
        }

        _failures.Add(1, tags);
    }
}
