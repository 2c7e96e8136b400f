namespace TeamsCadenceBot.Deals.Import;

/// <summary>The words an import report uses for each kind of rejection, in the order the report lists them.</summary>
internal static class DealRejectionNames
{
    public static readonly IReadOnlyList<(DealRejections Kind, string Name)> All =
    [
        (DealRejections.BadDate, "bad date"),
        (DealRejections.NegativeAmount, "negative amount"),
        (DealRejections.BadAmount, "bad amount"),
        (DealRejections.UnknownStage, "unknown stage"),
        (DealRejections.UnknownOwner, "unknown owner"),
        (DealRejections.DuplicateId, "duplicate id"),
        (DealRejections.MissingField, "missing field"),
        (DealRejections.UnknownCategory, "unknown forecast category"),
        (DealRejections.BadProbability, "bad probability"),
        (DealRejections.BadNumber, "bad number"),
        (DealRejections.TooLong, "value too long"),
        (DealRejections.WrongFieldCount, "wrong number of fields"),
        (DealRejections.MalformedQuoting, "malformed quoting"),
    ];
}
