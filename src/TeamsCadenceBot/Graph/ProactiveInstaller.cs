using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Operations;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Graph;

/// <summary>
/// Installs the app for people who never had it, so that their prompts and reminders reach them. People who removed
/// or blocked the app (a stored personal chat marked uninstalled, or <see cref="Person.Unreachable"/>) are left alone:
/// their choice is respected. Once installed, Teams tells the bot with an install event, which stores the personal chat
/// and welcomes the person as for any install.
/// </summary>
/// <remarks>
/// Gaps: the chat id Graph returns is logged at Debug and returned, not stored: the conversation store needs the
/// person's Teams user id, which Graph does not give, and storing it first would hide the install from the welcome.
/// </remarks>
internal sealed partial class ProactiveInstaller(
    IGraphDirectory directory,
    IConversationStore conversations,
    IOptions<GraphOptions> options,
    CadenceMetrics metrics,
    ILogger<ProactiveInstaller> logger)
{
    public async Task<ProactiveInstallReport> InstallForAsync(
        string tenantId,
        IReadOnlyCollection<Person> people,
        CancellationToken cancellationToken)
    {
        using var span = CadenceTracing.Source.StartActivity("graph proactive install", ActivityKind.Internal);
        var externalId = options.Value.TeamsAppExternalId!;
        if (await directory.FindTeamsAppAsync(externalId, cancellationToken) is not { } appId)
        {
            LogNotInCatalog(logger, externalId);
            return new ProactiveInstallReport(0, 0, people.Count, 0, AppInCatalog: false);
        }

        int installed = 0, already = 0, skipped = 0, failed = 0;
        foreach (var person in people)
        {
            if (person.Unreachable
                || await conversations.FindPersonalByAadObjectIdAsync(tenantId, person.Id, cancellationToken)
                    is not null)
            {
                skipped++;
                continue;
            }

            try
            {
                var result = await directory.InstallAppForUserAsync(person.Id, appId, cancellationToken);
                var installation = await directory.FindInstallationAsync(person.Id, appId, cancellationToken);
                var chatId = installation is null
                    ? null
                    : await directory.GetInstallationChatIdAsync(person.Id, installation, cancellationToken);
                LogInstalled(logger, result, chatId);
                if (result == AppInstallResult.Installed)
                {
                    installed++;
                }
                else
                {
                    already++;
                }
            }
            catch (ApiException e)
            {
                // One person's refusal (a policy blocks the app for them, a licence is missing) must not stop the rest.
                failed++;
                metrics.Failed("graph", e.GetType().Name);
                LogInstallFailed(logger, tenantId, e.ResponseStatusCode);
            }
        }

        span?.SetTag("installed", installed);
        LogInstallRun(logger, tenantId, installed, already, skipped, failed);
        return new ProactiveInstallReport(installed, already, skipped, failed, AppInCatalog: true);
    }

    [LoggerMessage(EventId = 1630, EventName = "AppNotInCatalog", Level = LogLevel.Warning,
        Message = "The app {ExternalId} is not in the tenant's app catalog; nobody can be installed for")]
    private static partial void LogNotInCatalog(ILogger logger, string externalId);

    [LoggerMessage(EventId = 1631, EventName = "AppInstalledForPerson", Level = LogLevel.Debug,
        Message = "Installed the app for a person ({Result}); their chat with it is {ChatId}")]
    private static partial void LogInstalled(ILogger logger, AppInstallResult result, string? chatId);

    [LoggerMessage(EventId = 1632, EventName = "AppInstallFailed", Level = LogLevel.Warning,
        Message = "Microsoft Graph refused to install the app for a person in tenant {TenantId} (status {Status})")]
    private static partial void LogInstallFailed(ILogger logger, string tenantId, int status);

    [LoggerMessage(EventId = 1633, EventName = "AppInstallRun", Level = LogLevel.Information,
        Message = "Proactive install in tenant {TenantId}: {Installed} installed, {Already} already had it, "
            + "{Skipped} skipped, {Failed} failed")]
    private static partial void LogInstallRun(
        ILogger logger,
        string tenantId,
        int installed,
        int already,
        int skipped,
        int failed);
}

/// <summary>What one proactive install run did.</summary>
internal sealed record ProactiveInstallReport(
    int Installed,
    int AlreadyInstalled,
    int Skipped,
    int Failed,
    bool AppInCatalog);
