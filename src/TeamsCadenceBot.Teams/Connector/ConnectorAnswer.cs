using System.Net.Http.Headers;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>What one HTTP try brought back, read in full so that the response is released before any wait.</summary>
internal sealed record ConnectorAnswer(int StatusCode, byte[] Body, RetryConditionHeaderValue? RetryAfter)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
