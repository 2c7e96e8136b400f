namespace TeamsCadenceBot.People;

/// <summary>
/// Who is who in a tenant and who manages whom. People are keyed by their Entra ID object id
/// (<see cref="Person.Id"/>); a person's one manager is stored on the person, so the relation cannot
/// disagree with itself, and every change is a read-modify-write under the ETag.
/// </summary>
public interface IPeopleStore
{
    /// <summary>The person with this object id, or null.</summary>
    Task<Person?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// The person as read lately in this instance, or from storage. A change made by another instance shows
    /// after a short while (<see cref="PersonCache.Lifetime"/>), one made here at once: for what a turn shows
    /// (names, the zone of a card), never for who may do what.
    /// </summary>
    Task<Person?> GetRecentAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        GetAsync(tenantId, aadObjectId, cancellationToken);

    /// <summary>The person with this Teams user id, or null.</summary>
    Task<Person?> FindByTeamsIdAsync(string tenantId, string teamsUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the person or merges what <paramref name="sighting"/> knows into the stored one; writes
    /// nothing when nothing changed. A client time zone never replaces one the person chose.
    /// </summary>
    Task<Person> UpsertAsync(string tenantId, PersonSighting sighting, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the time zone the person chose, which later client zones do not replace.
    /// <paramref name="timeZone"/> must be a zone <see cref="TimeZones.TryNormalize"/> accepts.
    /// Returns null when the person is not known.
    /// </summary>
    Task<Person?> SetOwnTimeZoneAsync(
        string tenantId,
        string aadObjectId,
        string timeZone,
        CancellationToken cancellationToken);

    /// <summary>
    /// Records that Teams refused (true) or again accepted (false) messages to the person. Returns true only
    /// for the call whose ETag-guarded write changed the flag: of concurrent callers, one.
    /// </summary>
    Task<bool> SetUnreachableAsync(
        string tenantId,
        string aadObjectId,
        bool unreachable,
        CancellationToken cancellationToken);

    /// <summary>
    /// Gives the person <paramref name="newManagerId"/> as their one manager (null: none), provided their
    /// manager is still <paramref name="expectedManagerId"/>. Refuses self-management and cycles.
    /// </summary>
    Task<ManagerChange> SetManagerAsync(
        string tenantId,
        string aadObjectId,
        string? newManagerId,
        string? expectedManagerId,
        CancellationToken cancellationToken);

    /// <summary>The people whose manager is <paramref name="managerId"/>, by name.</summary>
    Task<IReadOnlyList<Person>> ListReportsAsync(string tenantId, string managerId, CancellationToken cancellationToken);

    /// <summary>The reports of a leader who manage people themselves, by name.</summary>
    Task<IReadOnlyList<Person>> ListManagersOfLeaderAsync(
        string tenantId,
        string leaderId,
        CancellationToken cancellationToken);

    /// <summary>The person and the managers above them, nearest first; empty when the person is not known.</summary>
    Task<IReadOnlyList<Person>> GetManagementChainAsync(
        string tenantId,
        string aadObjectId,
        CancellationToken cancellationToken);

    /// <summary>The person with their manager and reports, from which roles derive; null when not known.</summary>
    Task<OrgPosition?> GetPositionAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Everyone known in the tenant.</summary>
    IAsyncEnumerable<Person> ListAsync(string tenantId, CancellationToken cancellationToken);
}
