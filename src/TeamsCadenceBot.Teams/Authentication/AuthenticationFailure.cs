namespace TeamsCadenceBot.Teams.Authentication;

/// <summary>Why an inbound request was refused; logged, never sent to the caller.</summary>
internal enum AuthenticationFailure
{
    MissingHeader,
    NotLoopback,
    NotBearer,
    MalformedToken,
    AlgorithmNotAllowed,
    UnknownIssuer,
    MissingKeyId,
    UnknownKey,
    MissingEndorsement,
    BadSignature,
    WrongAudience,
    Expired,
    NotYetValid,
    NoExpiry,
    InvalidToken,
    MissingServiceUrl,
    ServiceUrlMismatch,
}

/// <summary>The outcome of authenticating one request.</summary>
/// <param name="Failure">Null when the request is authenticated.</param>
/// <param name="Detail">The validation exception's type name, when there is one; never token content.</param>
internal sealed record AuthenticationResult(AuthenticationFailure? Failure, string? Detail = null)
{
    public static AuthenticationResult Success { get; } = new(Failure: null);

    public bool Succeeded => Failure is null;

    public static AuthenticationResult Fail(AuthenticationFailure failure, string? detail = null) =>
        new(failure, detail);
}
