using Microsoft.Extensions.Options;
using TeamsCadenceBot.Graph;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.PipelineReviews.Settings;

// Gaps: the team's quarterly quota, stored beside the thresholds, is kept on every save but cannot be changed here.

/// <summary>
/// Shows and saves a team's thresholds for the settings card (and any other caller): checks who asks, validates
/// what they typed with <see cref="ThresholdForm"/>, and saves only over the version the person saw.
/// </summary>
internal sealed class PipelineSettingsService(
    TeamSettingsStore settings,
    IPeopleStore people,
    IOptions<GraphOptions> graph)
{
    /// <summary>The settings of <paramref name="managerId"/>'s team, for someone allowed to change them.</summary>
    public async Task<SettingsOutcome> OpenAsync(
        string tenantId,
        SettingsActor actor,
        string managerId,
        CancellationToken cancellationToken)
    {
        var (manager, refusal) = await CheckAsync(tenantId, actor, managerId, cancellationToken);
        return refusal
            ?? new SettingsOutcome(SettingsStatus.Done, await ViewAsync(tenantId, manager!, cancellationToken), null);
    }

    /// <summary>
    /// Saves <paramref name="values"/> (input id to typed text; settings not sent keep their value), or every default
    /// when <paramref name="reset"/>, if the stored settings are still at <paramref name="version"/>.
    /// </summary>
    public async Task<SettingsOutcome> SaveAsync(
        string tenantId,
        SettingsActor actor,
        string managerId,
        string version,
        IReadOnlyDictionary<string, string?> values,
        bool reset,
        CancellationToken cancellationToken)
    {
        var (manager, refusal) = await CheckAsync(tenantId, actor, managerId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (current, stored) = await settings.GetVersionedAsync(tenantId, managerId, cancellationToken);
        var change = reset ? ThresholdForm.Reset(current.Thresholds) : ThresholdForm.Read(values, current.Thresholds);
        if (!change.IsValid)
        {
            return SettingsOutcome.Refused(
                SettingsStatus.Invalid,
                "Nothing was saved. " + string.Join(" ", change.Problems));
        }

        var saved = stored == version
            && (change.Changed.Count == 0
                || await settings.TrySaveThresholdsAsync(
                    tenantId,
                    managerId,
                    change.Thresholds!,
                    version,
                    cancellationToken));
        var view = await ViewAsync(tenantId, manager!, cancellationToken);
        return saved
            ? new SettingsOutcome(SettingsStatus.Done, view, null, change.Changed)
            : new SettingsOutcome(
                SettingsStatus.Outdated,
                view,
                "Someone changed these settings while this card was open, so nothing was saved. "
                + "These are the settings now: make your change again.");
    }

    private async Task<(Person? Manager, SettingsOutcome? Refusal)> CheckAsync(
        string tenantId,
        SettingsActor actor,
        string managerId,
        CancellationToken cancellationToken)
    {
        var chain = await people.GetManagementChainAsync(tenantId, managerId, cancellationToken);
        if (chain.Count == 0)
        {
            return (null, SettingsOutcome.Refused(SettingsStatus.NoTeam, "I don't know that manager any more."));
        }

        var manager = chain[0];
        if (!SettingsAccess.MayChange(actor, chain, graph.Value.AdminIds))
        {
            return (null, SettingsOutcome.Refused(
                SettingsStatus.Forbidden,
                SettingsAccess.NotAllowed(manager.DisplayName)));
        }

        if ((await people.ListReportsAsync(tenantId, managerId, cancellationToken)).Count == 0)
        {
            return (null, SettingsOutcome.Refused(
                SettingsStatus.NoTeam,
                managerId == actor.PersonId
                    ? SettingsAccess.NoTeamOfYourOwn
                    : SettingsAccess.NoReps(manager.DisplayName)));
        }

        return (manager, null);
    }

    private async Task<SettingsView> ViewAsync(string tenantId, Person manager, CancellationToken cancellationToken)
    {
        var (current, version) = await settings.GetVersionedAsync(tenantId, manager.Id, cancellationToken);
        return new SettingsView(manager.Id, manager.DisplayName, current.Thresholds, version);
    }
}
