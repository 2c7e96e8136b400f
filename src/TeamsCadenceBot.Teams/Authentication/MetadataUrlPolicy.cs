namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>
/// Signing keys decide who may talk to the bot, so they are fetched over HTTPS only; plain HTTP is allowed
/// on a loopback host so that tests and local tools can serve their own keys.
/// </summary>
internal static class MetadataUrlPolicy
{
    public static bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
