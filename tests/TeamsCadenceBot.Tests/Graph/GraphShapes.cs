namespace TeamsCadenceBot.Tests.Graph;

/// <summary>
/// Response bodies in the shapes Microsoft Graph v1.0 documents for the calls the bot makes: users and managers as
/// directory objects with <c>@odata.type</c>, calendar events with <c>type</c>, <c>seriesMasterId</c> and attendees,
/// catalog apps, user-scope installations and their chat.
/// </summary>
internal static class GraphShapes
{
    public static string User(string id, string name, string mail) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,mail,userPrincipalName)/$entity",
         "id":"{{{id}}}","displayName":"{{{name}}}","mail":"{{{mail}}}","userPrincipalName":"{{{mail}}}"}
        """;

    public static string Manager(string id, string name, string mail) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity",
         "@odata.type":"#microsoft.graph.user","id":"{{{id}}}","displayName":"{{{name}}}","mail":"{{{mail}}}","userPrincipalName":"{{{mail}}}"}
        """;

    public static string DirectReports(string? nextLink, params string[] members) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#directoryObjects(id,displayName,mail,userPrincipalName)",
         {{{(nextLink is null ? "" : $"\"@odata.nextLink\":\"{nextLink}\",")}}}
         "value":[{{{string.Join(",", members)}}}]}
        """;

    public static string ReportUser(string id, string name, string mail) =>
        $$$"""{"@odata.type":"#microsoft.graph.user","id":"{{{id}}}","displayName":"{{{name}}}","mail":"{{{mail}}}","userPrincipalName":"{{{mail}}}"}""";

    public static string ReportContact(string id, string name) =>
        $$$"""{"@odata.type":"#microsoft.graph.orgContact","id":"{{{id}}}","displayName":"{{{name}}}","mail":null}""";

    public static string Events(params string[] events) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users('m')/calendarView",
         "value":[{{{string.Join(",", events)}}}]}
        """;

    /// <summary>An event; <paramref name="start"/> and <paramref name="end"/> are UTC wall-clock times.</summary>
    public static string Event(
        string id,
        string type,
        string? seriesMasterId,
        string start,
        string end,
        string organizer,
        string[] attendees,
        string? recurrence = null,
        bool cancelled = false,
        string originalZone = "W. Europe Standard Time") =>
        $$$"""
        {"@odata.type":"#microsoft.graph.event","@odata.etag":"W/\"DwAAABYAAA\"","id":"{{{id}}}","type":"{{{type}}}",
         "seriesMasterId":{{{(seriesMasterId is null ? "null" : $"\"{seriesMasterId}\"")}}},"isCancelled":{{{(cancelled ? "true" : "false")}}},
         "originalStartTimeZone":"{{{originalZone}}}","originalEndTimeZone":"{{{originalZone}}}",
         "start":{"dateTime":"{{{start}}}.0000000","timeZone":"UTC"},"end":{"dateTime":"{{{end}}}.0000000","timeZone":"UTC"},
         "organizer":{"emailAddress":{"name":"Organizer","address":"{{{organizer}}}"}},
         "attendees":[{{{string.Join(",", attendees)}}}],
         "recurrence":{{{recurrence ?? "null"}}}}
        """;

    public static string Attendee(string address, string type = "required") =>
        $$$"""{"type":"{{{type}}}","status":{"response":"accepted","time":"2026-11-20T10:00:00Z"},"emailAddress":{"name":"{{{address}}}","address":"{{{address}}}"}}""";

    public static string Weekly(string day, int interval = 1) =>
        $$$"""
        {"pattern":{"type":"weekly","interval":{{{interval}}},"month":0,"dayOfMonth":0,"daysOfWeek":["{{{day}}}"],"firstDayOfWeek":"sunday","index":"first"},
         "range":{"type":"noEnd","startDate":"2026-01-06","endDate":"0001-01-01","recurrenceTimeZone":"W. Europe Standard Time","numberOfOccurrences":0}}
        """;

    public static string CatalogApps(string id, string externalId) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#appCatalogs/teamsApps",
         "value":[{"id":"{{{id}}}","externalId":"{{{externalId}}}","displayName":"Cadence","distributionMethod":"organization"}]}
        """;

    public static string NoCatalogApps() =>
        """{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#appCatalogs/teamsApps","value":[]}""";

    public static string Installations(string installationId, string appId) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users('u')/teamwork/installedApps(teamsApp())",
         "value":[{"@odata.type":"#microsoft.graph.userScopeTeamsAppInstallation","id":"{{{installationId}}}",
           "teamsApp":{"id":"{{{appId}}}","externalId":"f31b1263-ba99-435a-a679-911d24850d7c","displayName":"Cadence","distributionMethod":"organization"}}]}
        """;

    public static string Chat(string chatId) =>
        $$$"""
        {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#chats(id)/$entity","id":"{{{chatId}}}"}
        """;
}
