using System.Globalization;

namespace TeamsCadenceBot.Teams.Connector;

/// <summary>
/// Builds connector URLs. Ids are escaped because Teams ids hold ':' '@' ';' and '='; a service URL must be
/// HTTPS, or plain HTTP on loopback, so that a token never travels in clear over a network.
/// </summary>
internal static class ConnectorUris
{
    public static string Conversations(string serviceUrl) => $"{Base(serviceUrl)}/v3/conversations";

    public static string Activities(string serviceUrl, string conversationId) =>
        $"{Conversation(serviceUrl, conversationId)}/activities";

    public static string Activity(string serviceUrl, string conversationId, string activityId) =>
        $"{Activities(serviceUrl, conversationId)}/{Escape(activityId)}";

    public static string Member(string serviceUrl, string conversationId, string userId) =>
        $"{Conversation(serviceUrl, conversationId)}/members/{Escape(userId)}";

    public static string PagedMembers(
        string serviceUrl,
        string conversationId,
        int pageSize,
        string? continuationToken)
    {
        var url = string.Create(
            CultureInfo.InvariantCulture,
            $"{Conversation(serviceUrl, conversationId)}/pagedmembers?pageSize={pageSize}");

        // The token is left out of the first page's request: some connectors refuse an empty one.
        return string.IsNullOrEmpty(continuationToken)
            ? url
            : $"{url}&continuationToken={Escape(continuationToken)}";
    }

    private static string Conversation(string serviceUrl, string conversationId) =>
        $"{Conversations(serviceUrl)}/{Escape(conversationId)}";

    private static string Escape(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    private static string Base(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || uri.UserInfo.Length > 0)
        {
            throw new ConnectorException(
                "The service URL must be an absolute HTTPS URL (plain HTTP only on loopback) without a query.",
                statusCode: null,
                errorCode: null);
        }

        return uri.AbsoluteUri.TrimEnd('/');
    }
}
