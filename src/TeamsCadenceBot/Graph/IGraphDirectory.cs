namespace TeamsCadenceBot.Graph;

/// <summary>
/// What the bot reads from and writes to Microsoft Graph, in its own terms. The one implementation speaks to Graph
/// through the SDK; the features above it are tested against a local server answering Graph's documented shapes.
/// </summary>
internal interface IGraphDirectory
{
    /// <summary>The user, or null when the directory has no such user (User.Read.All).</summary>
    Task<DirectoryUser?> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The user's manager, or null when they have none (User.Read.All).</summary>
    Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// The users who report to the user, every page; contacts and other object types left out (User.Read.All).
    /// </summary>
    Task<IReadOnlyList<DirectoryUser>> ListDirectReportsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The user's calendar between two instants, occurrences expanded, every page (Calendars.Read).</summary>
    Task<IReadOnlyList<CalendarEvent>> ListCalendarViewAsync(
        string userId,
        DateTimeOffset from,
        DateTimeOffset to,
        CancellationToken cancellationToken);

    /// <summary>One event (a series master, to read its recurrence), or null when gone (Calendars.Read).</summary>
    Task<CalendarEvent?> GetEventAsync(string userId, string eventId, CancellationToken cancellationToken);

    /// <summary>
    /// The catalog id of the app with this manifest id, or null when the app is not in the tenant's catalog.
    /// </summary>
    Task<string?> FindTeamsAppAsync(string externalId, CancellationToken cancellationToken);

    /// <summary>
    /// Installs the app in the user's personal scope (TeamsAppInstallation.ReadWriteSelfForUser.All).
    /// </summary>
    Task<AppInstallResult> InstallAppForUserAsync(
        string userId,
        string teamsAppId,
        CancellationToken cancellationToken);

    /// <summary>The id of the app's installation for the user, or null when it is not installed.</summary>
    Task<string?> FindInstallationAsync(string userId, string teamsAppId, CancellationToken cancellationToken);

    /// <summary>The id of the chat between the user and the installed app, or null when Graph has none yet.</summary>
    Task<string?> GetInstallationChatIdAsync(string userId, string installationId, CancellationToken cancellationToken);
}
