namespace TeamsCadenceBot.Deals;

/// <summary>
/// The fields of an incoming deal that its source did not carry, so that the store fills them from what it
/// already holds (the previous import of the same deal) instead of taking the incoming placeholder.
/// </summary>
[Flags]
internal enum DerivedFields
{
    None = 0,

    /// <summary>Kept from the stored deal while the stage is the same, else the import date.</summary>
    StageEnteredDate = 1,

    /// <summary>The stored count, plus one when the close date moved later.</summary>
    CloseDatePushCount = 2,

    /// <summary>Kept from the stored deal, else the import date.</summary>
    CreatedDate = 4,
}
