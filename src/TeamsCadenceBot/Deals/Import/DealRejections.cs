namespace TeamsCadenceBot.Deals.Import;

/// <summary>Why a row was rejected, by kind; a row can be rejected for several at once.</summary>
[Flags]
internal enum DealRejections
{
    None = 0,
    MissingField = 1 << 0,
    UnknownStage = 1 << 1,
    UnknownOwner = 1 << 2,
    BadAmount = 1 << 3,
    NegativeAmount = 1 << 4,
    BadDate = 1 << 5,
    UnknownCategory = 1 << 6,
    BadProbability = 1 << 7,
    BadNumber = 1 << 8,
    TooLong = 1 << 9,
    WrongFieldCount = 1 << 10,
    MalformedQuoting = 1 << 11,
    DuplicateId = 1 << 12,
}
