namespace TeamsCadenceBot.ForecastCalls;

/// <summary>One risk on a rep's forecast, with the sentence a manager reads.</summary>
/// <param name="Kind">What kind of risk.</param>
/// <param name="CrmId">The deal it is about; null for a risk of the rep's whole forecast.</param>
/// <param name="Text">What was found, with the numbers.</param>
internal sealed record RiskFlag(RiskKind Kind, string? CrmId, string Text);
