namespace TeamsCadenceBot.Deals;

/// <summary>A deal as a source (an export, the demo generator) tells it, and which of its fields to derive.</summary>
internal sealed record IncomingDeal(Deal Deal, DerivedFields Derive = DerivedFields.None);
