using Microsoft.IdentityModel.Tokens;

namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>A published signing key and the channels it is endorsed for (none for Entra ID keys).</summary>
internal sealed record SigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);

/// <summary>The keys of one metadata document, by key id, and when they were downloaded.</summary>
internal sealed record SigningKeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset RetrievedAt);
