namespace TeamsCadenceBot.Delivery;

/// <summary>What became of one attempt to send a queued message.</summary>
internal enum DeliveryOutcome
{
    Sent,
    AlreadyHandled,
    InProgressElsewhere,
    RecipientBlocked,
    Unreachable,
    RetryLater,
    DeadLettered,
}
