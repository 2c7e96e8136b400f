namespace TeamsCadenceBot.Delivery;

/// <summary>A limit of <paramref name="Limit"/> sends in any <paramref name="Length"/>.</summary>
internal sealed record SendWindow(TimeSpan Length, int Limit);
