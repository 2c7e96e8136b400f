namespace TeamsCadenceBot.Teams.Connector;

/// <summary>Where to reach a conversation: the connector's base URL and the conversation id.</summary>
/// <param name="ServiceUrl">The activity's <c>serviceUrl</c>, stored with the conversation.</param>
/// <param name="ConversationId">The conversation id.</param>
/// <param name="TenantId">The tenant, used to respect the per-tenant rate limit.</param>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId, string TenantId);

/// <summary>A new channel thread: its conversation id and the id of its first post.</summary>
public sealed record ChannelThread(string ConversationId, string ActivityId);

/// <summary>A member of a conversation as the connector describes them.</summary>
/// <param name="Id">The Teams user id (<c>29:...</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="AadObjectId">The Entra ID object id (sent as <c>objectId</c> or <c>aadObjectId</c>).</param>
/// <param name="Email">The email address, when known.</param>
/// <param name="UserPrincipalName">The sign-in name, when known.</param>
public sealed record TeamsMember(
    string Id,
    string? Name,
    string? AadObjectId,
    string? Email,
    string? UserPrincipalName);

/// <summary>One page of members.</summary>
/// <param name="Members">The members of this page.</param>
/// <param name="ContinuationToken">The token for the next page; null on the last page.</param>
public sealed record MembersPage(IReadOnlyList<TeamsMember> Members, string? ContinuationToken);

/// <summary>What happened to a connector call.</summary>
public enum ConnectorOutcome
{
    /// <summary>The call succeeded.</summary>
    Succeeded,

    /// <summary>The person blocked or removed the bot (403 <c>MessageWritesBlocked</c>).</summary>
    RecipientBlocked,

    /// <summary>The conversation or activity no longer exists (404).</summary>
    NotFound,
}

/// <summary>The result of a connector call.</summary>
/// <typeparam name="T">The value of a successful call.</typeparam>
/// <param name="Outcome">What happened.</param>
/// <param name="Value">The value, when <see cref="Outcome"/> is <see cref="ConnectorOutcome.Succeeded"/>.</param>
public sealed record ConnectorResult<T>(ConnectorOutcome Outcome, T? Value)
{
    /// <summary>True when the call succeeded.</summary>
    public bool Succeeded => Outcome == ConnectorOutcome.Succeeded;
}

/// <summary>A connector call that failed for good: retries were exhausted or the request was refused.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConnectorException(string message, int? statusCode, string? errorCode, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConnectorException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The last HTTP status, if any response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The connector's error code, such as <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// How long the last answer asked the bot to wait (its <c>Retry-After</c>, or the default wait of a 429
    /// without one), when it asked; the call should not be tried again before that. A 429's wait also reaches the
    /// throttle listeners, which pause the tenant for it.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }
}
