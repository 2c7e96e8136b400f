namespace TeamsCadenceBot.Deals.Import;

/// <summary>
/// One record of a deal file: the deal, or why it was rejected. <see cref="Line"/> is the physical line where
/// the record starts (1 is the header), counting the lines inside quoted fields; <see cref="Rejections"/> says
/// which kinds of problem <see cref="Error"/> describes.
/// </summary>
internal readonly record struct DealRow(
    long Line,
    IncomingDeal? Deal,
    string? CrmId,
    string? Error,
    DealRejections Rejections = DealRejections.None);
