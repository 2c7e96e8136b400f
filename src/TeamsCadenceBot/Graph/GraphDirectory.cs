using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Extensions.Options;
using TeamsCadenceBot.People;
using TeamsCadenceBot.Scheduling;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// <see cref="IGraphDirectory"/> through the Graph SDK. Only the fields the bot uses are selected, pages are followed
/// through <c>@odata.nextLink</c>, and a 404 for a missing user, manager or event is an answer (null), not an error.
/// </summary>
internal sealed class GraphDirectory(GraphServiceClient client, IOptions<GraphOptions> options) : IGraphDirectory
{
    private const int PageSize = 100;
    private static readonly string[] UserFields = ["id", "displayName", "mail", "userPrincipalName"];
    private static readonly string[] EventFields =
    [
        "id", "type", "seriesMasterId", "isCancelled", "start", "end",
        "originalStartTimeZone", "organizer", "attendees", "recurrence",
    ];

    public async Task<DirectoryUser?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        await NullWhenNotFoundAsync(async () => ToUser(await client.Users[userId].GetAsync(
            request => request.QueryParameters.Select = UserFields,
            cancellationToken)));

    public async Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken) =>
        await NullWhenNotFoundAsync(async () => ToUser(await client.Users[userId].Manager.GetAsync(
            request => request.QueryParameters.Select = UserFields,
            cancellationToken) as User));

    public async Task<IReadOnlyList<DirectoryUser>> ListDirectReportsAsync(
        string userId,
        CancellationToken cancellationToken)
    {
        var reports = new List<DirectoryUser>();
        var page = await client.Users[userId].DirectReports.GetAsync(
            request =>
            {
                request.QueryParameters.Select = UserFields;
                request.QueryParameters.Top = PageSize;
            },
            cancellationToken);
        while (page is not null)
        {
            // Contacts and other directory objects can report to a manager; only users are people in Teams.
            reports.AddRange(page.Value?.OfType<User>().Select(ToUser).OfType<DirectoryUser>() ?? []);
            page = page.OdataNextLink is { } next
                ? await client.Users[userId].DirectReports.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return reports;
    }

    public async Task<IReadOnlyList<CalendarEvent>> ListCalendarViewAsync(
        string userId,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken)
    {
        var events = new List<CalendarEvent>();
        var page = await client.Users[userId].CalendarView.GetAsync(
            request =>
            {
                request.QueryParameters.StartDateTime = from.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
                request.QueryParameters.EndDateTime = to.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
                request.QueryParameters.Select = EventFields;
                request.QueryParameters.Top = PageSize;
                request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
            },
            cancellationToken);
        while (page is not null)
        {
            events.AddRange(page.Value?.Select(ToEvent).OfType<CalendarEvent>() ?? []);
            page = page.OdataNextLink is { } next
                ? await client.Users[userId].CalendarView.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return events;
    }

    public async Task<CalendarEvent?> GetEventAsync(
        string userId,
        string eventId,
        CancellationToken cancellationToken) =>
        await NullWhenNotFoundAsync(async () => ToEvent(await client.Users[userId].Events[eventId].GetAsync(
            request =>
            {
                request.QueryParameters.Select = EventFields;
                request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
            },
            cancellationToken)));

    public async Task<string?> FindTeamsAppAsync(string externalId, CancellationToken cancellationToken)
    {
        var apps = await client.AppCatalogs.TeamsApps.GetAsync(
            request => request.QueryParameters.Filter = $"externalId eq '{ODataLiteral(externalId)}'",
            cancellationToken);
        return apps?.Value?.FirstOrDefault()?.Id;
    }

    public async Task<AppInstallResult> InstallAppForUserAsync(
        string userId,
        string teamsAppId,
        CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.BaseUrl.ToString().TrimEnd('/');
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{baseUrl}/appCatalogs/teamsApps/{teamsAppId}",
            },
        };
        try
        {
            await client.Users[userId].Teamwork.InstalledApps.PostAsync(
                installation,
                cancellationToken: cancellationToken);
            return AppInstallResult.Installed;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            return AppInstallResult.AlreadyInstalled;
        }
    }

    public async Task<string?> FindInstallationAsync(
        string userId,
        string teamsAppId,
        CancellationToken cancellationToken)
    {
        var installed = await client.Users[userId].Teamwork.InstalledApps.GetAsync(
            request =>
            {
                request.QueryParameters.Expand = ["teamsApp"];
                request.QueryParameters.Filter = $"teamsApp/id eq '{ODataLiteral(teamsAppId)}'";
            },
            cancellationToken);
        return installed?.Value?.FirstOrDefault(i => i.TeamsApp?.Id is null || i.TeamsApp.Id == teamsAppId)?.Id;
    }

    public async Task<string?> GetInstallationChatIdAsync(
        string userId,
        string installationId,
        CancellationToken cancellationToken) =>
        await NullWhenNotFoundAsync(async () =>
            (await client.Users[userId].Teamwork.InstalledApps[installationId].Chat.GetAsync(
                request => request.QueryParameters.Select = ["id"],
                cancellationToken))?.Id);

    private static async Task<T?> NullWhenNotFoundAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private static string ODataLiteral(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    private static DirectoryUser? ToUser(User? user) =>
        user?.Id is { Length: > 0 } id
            ? new DirectoryUser(id, user.DisplayName, user.Mail, user.UserPrincipalName)
            : null;

    private static CalendarEvent? ToEvent(Event? item)
    {
        if (item?.Id is not { } id || ToInstant(item.Start) is not { } start || ToInstant(item.End) is not { } end)
        {
            return null;
        }

        var people = (item.Attendees ?? [])
            .Where(a => a.Type != AttendeeType.Resource)
            .Select(a => a.EmailAddress?.Address)
            .Prepend(item.Organizer?.EmailAddress?.Address)
            .OfType<string>()
            .Where(a => a.Length > 0)
            .Select(a => a.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var kind = item.Type switch
        {
            EventType.Occurrence => CalendarEventKind.Occurrence,
            EventType.Exception => CalendarEventKind.Exception,
            EventType.SeriesMaster => CalendarEventKind.SeriesMaster,
            _ => CalendarEventKind.SingleInstance,
        };
        var pattern = item.Recurrence?.Pattern;
        var recurrence = pattern is null
            ? null
            : new EventRecurrence(
                pattern.Type?.ToString() ?? "",
                pattern.Interval ?? 1,
                [.. (pattern.DaysOfWeek ?? [])
                    .OfType<DayOfWeekObject>()
                    .Select(d => Enum.Parse<DayOfWeek>(d.ToString()))]);
        return new CalendarEvent(
            id,
            item.SeriesMasterId,
            kind,
            item.IsCancelled == true,
            start,
            end,
            item.OriginalStartTimeZone,
            people,
            recurrence);
    }

    // Graph writes a wall-clock time and names its zone; asked for UTC it says "UTC", but any zone is read right.
    private static DateTimeOffset? ToInstant(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return null;
        }

        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var zone = TimeZones.TryNormalize(value.TimeZone, out var iana) ? LocalClock.FindZone(iana) : null;
        return LocalClock.ToInstant(
            DateOnly.FromDateTime(local),
            TimeOnly.FromDateTime(local),
            zone ?? TimeZoneInfo.Utc);
    }
}
