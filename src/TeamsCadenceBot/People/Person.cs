namespace TeamsCadenceBot.People;

/// <summary>
/// Someone the bot knows in a tenant: met on a turn, listed as a member of a conversation, or (later)
/// imported from the organisation chart. <see cref="AadObjectId"/> is the stable key every feature stores.
/// </summary>
/// <param name="TenantId">The tenant the person belongs to.</param>
/// <param name="AadObjectId">The Entra ID object id; the person's key.</param>
/// <param name="Name">The display name; empty when no source has told it yet.</param>
/// <param name="TeamsUserId">The Teams user id (<c>29:...</c>), once the person was seen in Teams.</param>
/// <param name="Email">The email address, when a source told it.</param>
/// <param name="UserPrincipalName">The sign-in name, when a source told it.</param>
/// <param name="TimeZone">The IANA time zone to plan the person's day in; never empty.</param>
/// <param name="TimeZoneSource">Where <see cref="TimeZone"/> comes from.</param>
/// <param name="ManagerId">The <see cref="AadObjectId"/> of the person's one manager, if any.</param>
/// <param name="Unreachable">True when Teams said the person blocked or removed the bot.</param>
public sealed record Person(
    string TenantId,
    string AadObjectId,
    string Name,
    string? TeamsUserId,
    string? Email,
    string? UserPrincipalName,
    string TimeZone,
    TimeZoneSource TimeZoneSource,
    string? ManagerId,
    bool Unreachable)
{
    /// <summary>The person's key, the same as <see cref="AadObjectId"/>.</summary>
    public string Id => AadObjectId;

    /// <summary>True when the person chose their time zone; the client's zone no longer replaces it.</summary>
    public bool TimeZoneSetByPerson => TimeZoneSource == TimeZoneSource.Person;

    /// <summary>A name fit to show: the display name, else the email or sign-in name.</summary>
    public string DisplayName =>
        !string.IsNullOrWhiteSpace(Name) ? Name : Email ?? UserPrincipalName ?? "Someone without a name";
}

/// <summary>Where a person's time zone comes from.</summary>
public enum TimeZoneSource
{
    /// <summary>Nothing told it: the tenant default from <c>People:DefaultTimeZone</c>.</summary>
    TenantDefault,

    /// <summary>The person's Teams client (its <c>clientInfo</c> entity).</summary>
    Client,

    /// <summary>The person set it with <c>time zone</c>; kept over the client's.</summary>
    Person,
}
