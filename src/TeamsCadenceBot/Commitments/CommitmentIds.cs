using System.Security.Cryptography;
using System.Text;

namespace TeamsCadenceBot.Commitments;

/// <summary>Commitment ids that a retried request makes again, so that it stores nothing twice.</summary>
internal static class CommitmentIds
{
    /// <summary>
    /// The id of the commitment that the activity <paramref name="requestId"/> (unique in its conversation) of
    /// <paramref name="createdBy"/> asked for with <paramref name="text"/>: 32 hex digits, like the random ids.
    /// </summary>
    public static string ForRequest(CommitmentOrigin origin, string createdBy, string requestId, string text)
    {
        var source = string.Join('\n', origin.Kind.ToString(), origin.Reference, createdBy, requestId, text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
