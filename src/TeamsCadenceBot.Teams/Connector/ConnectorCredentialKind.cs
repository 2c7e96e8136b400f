namespace TeamsCadenceBot.Teams.Connector;

/// <summary>How the bot proves who it is when it calls the connector.</summary>
public enum ConnectorCredentialKind
{
    /// <summary>
    /// No token at all. Only for the local Agents Playground, whose mock connector needs none;
    /// refused at start-up outside the Development environment.
    /// </summary>
    None,

    /// <summary>The bot's Entra ID app registration with a client secret.</summary>
    ClientSecret,

    /// <summary>The bot's Entra ID app registration with a certificate read from a PEM or PFX file.</summary>
    Certificate,

    /// <summary>A user-assigned managed identity, the Azure Bot's "UserAssignedMSI" app type.</summary>
    ManagedIdentity,
}
