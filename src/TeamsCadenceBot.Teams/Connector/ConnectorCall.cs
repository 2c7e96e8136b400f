namespace TeamsCadenceBot.Teams.Connector;

/// <summary>One connector request, kept as data so that every try can build a fresh HTTP message.</summary>
/// <param name="Operation">A short name for logs and errors, such as <c>send</c>; never an id.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The absolute URL, ids already escaped.</param>
/// <param name="Body">The JSON body, if any.</param>
internal sealed record ConnectorCall(string Operation, HttpMethod Method, string Url, byte[]? Body)
{
    /// <summary>The tenant the request is for, so that throttling can be reported per tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary>The conversation the request writes to or reads from, for per-conversation pacing.</summary>
    public string? ConversationId { get; init; }
}
