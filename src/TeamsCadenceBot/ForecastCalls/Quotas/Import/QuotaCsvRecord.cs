namespace TeamsCadenceBot.ForecastCalls.Quotas.Import;

/// <summary>
/// One record of a quota file as written, or why it could not be split into fields. <see cref="Line"/> is the
/// physical line where the record starts (1 is the header).
/// </summary>
internal readonly record struct QuotaCsvRecord(long Line, string Rep, string Period, string Amount, string? Error);
