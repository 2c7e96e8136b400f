namespace TeamsCadenceBot.Teams.Connector;

/// <summary>Gives the bearer token for connector calls, cached until shortly before it expires.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>The access token, or null when the bot runs without credentials (local Playground only).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
