using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Delivery;

internal sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>After this many failed attempts a message goes to the dead-letter table.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a received queue message stays hidden from other senders.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many messages one instance sends at once.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 32;

    /// <summary>
    /// How many received messages one instance holds at once, sending or waiting to: about 40 s of one tenant's
    /// 50 a second, so sending goes on through a queue service that stops answering for 10 to 20 s, and within
    /// the half of the visibility timeout a held message may wait. Held messages are hidden from other instances
    /// until sent, so a much larger number only moves work away from them.
    /// </summary>
    [Range(1, 8192)]
    public int Prefetch { get; set; } = 2048;

    /// <summary>
    /// How long a sent (or given-up) message's outbox row is kept: while it is, its idempotency key is not sent
    /// again. Keys name what they are for (a commitment's due card, a date's prep prompt), so none comes back
    /// after this long; older rows are deleted once a day.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00")]
    public TimeSpan KeepFinishedFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long the sender waits before asking an empty queue again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);
}
