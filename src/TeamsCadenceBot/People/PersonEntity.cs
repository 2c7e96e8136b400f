using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.People;

/// <summary>A person's row in the <c>people</c> table: partition <c>{tenant}|person</c>, row the object id.</summary>
internal sealed class PersonEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string AadObjectId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? TeamsUserId { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    /// <summary>The IANA zone from the client or the person; null while the tenant default applies.</summary>
    public string? TimeZone { get; set; }

    public string TimeZoneSource { get; set; } = nameof(People.TimeZoneSource.TenantDefault);

    public string? ManagerId { get; set; }

    public bool Unreachable { get; set; }

    public PersonEntity Copy() => (PersonEntity)MemberwiseClone();

    public bool HasSameContent(PersonEntity other) =>
        AadObjectId == other.AadObjectId
        && Name == other.Name
        && TeamsUserId == other.TeamsUserId
        && Email == other.Email
        && UserPrincipalName == other.UserPrincipalName
        && TimeZone == other.TimeZone
        && TimeZoneSource == other.TimeZoneSource
        && ManagerId == other.ManagerId
        && Unreachable == other.Unreachable;

    public Person ToPerson(string tenantId, string defaultTimeZone)
    {
        var source = TimeZone is not null && Enum.TryParse<TimeZoneSource>(TimeZoneSource, out var parsed)
            ? parsed
            : People.TimeZoneSource.TenantDefault;
        return new Person(
            tenantId,
            AadObjectId,
            Name,
            TeamsUserId,
            Email,
            UserPrincipalName,
            TimeZone ?? defaultTimeZone,
            source,
            ManagerId,
            Unreachable);
    }
}

/// <summary>
/// A pointer row: in <c>{tenant}|teams</c> from a Teams user id to the person, and in
/// <c>{tenant}|reports|{manager}</c> from a manager to each report.
/// </summary>
internal sealed class PersonPointerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string PersonId { get; set; } = "";
}
