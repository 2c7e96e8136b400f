using TeamsCadenceBot.Teams.Cards;

namespace TeamsCadenceBot.ForecastCalls;

/// <summary>A card action on a known call: who acts, the period, whether it is open, and the card's refresh.</summary>
internal sealed record ForecastContext(
    ForecastViewer Viewer,
    ForecastPeriod Period,
    ForecastCardData Call,
    bool Open,
    CardRefresh? Refresh);
