using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.PipelineReviews;

public sealed class TeamSettingsStoreTests
{
    private const string Tenant = TestDeals.Tenant;

    [Fact]
    public async Task GetAsync_NothingStored_DocumentedDefaults()
    {
        var sut = new TeamSettingsStore(TestTables.Create());

        var settings = await sut.GetAsync(Tenant, "manager-1", default);

        Assert.Equal(TeamSettings.Default, settings);
        Assert.Equal(
            (21, 14, 30, 3, 2, 1, 0.70m, 42, 90),
            (settings.Thresholds.StalledAfterDays, settings.Thresholds.AlertAfterDays, settings.Thresholds.NoProgressAfterDays,
             settings.Thresholds.CloseDatePushLimit, settings.Thresholds.ScorecardGapsForActionPlan,
             settings.Thresholds.SingleThreadedMaxContacts, settings.Thresholds.EarlyStageShareLimit,
             settings.Thresholds.EarlyStageWarningDaysLeft, settings.Thresholds.AgingAfterDays));
        Assert.Equal(
            (5m, 4m, 3m, 2m),
            (settings.Thresholds.CoverageRatio(DealStage.Discovery), settings.Thresholds.CoverageRatio(DealStage.Qualification),
             settings.Thresholds.CoverageRatio(DealStage.Proposal), settings.Thresholds.CoverageRatio(DealStage.Negotiation)));
    }

    [Fact]
    public async Task SaveAsync_CustomThresholdsAndQuota_ReadBackPerManager()
    {
        var sut = new TeamSettingsStore(TestTables.Create());
        var custom = new TeamSettings(
            PipelineThresholds.Default with { StalledAfterDays = 28, RequiredFieldsFromStage = DealStage.Proposal, AgingRedShare = 0.4m },
            new TeamQuota(new DateOnly(2026, 10, 1), 1_250_000.50m));

        await sut.SaveAsync(Tenant, "manager-1", custom, default);

        Assert.Equal(custom, await sut.GetAsync(Tenant, "manager-1", default));
        Assert.Equal(TeamSettings.Default, await sut.GetAsync(Tenant, "manager-2", default));
    }

    [Fact]
    public void QuotaFor_AnotherQuarter_DoesNotCount()
    {
        var settings = new TeamSettings(PipelineThresholds.Default, new TeamQuota(new DateOnly(2026, 7, 1), 100m));

        Assert.Null(settings.QuotaFor(FiscalQuarter.Containing(TestDeals.Today, 1)));
        Assert.Equal(100m, settings.QuotaFor(FiscalQuarter.Containing(new DateOnly(2026, 8, 15), 1)));
    }

    [Fact]
    public async Task DeleteScheduleAsync_NoneStored_False()
    {
        var sut = new TeamSettingsStore(TestTables.Create());

        Assert.False(await sut.DeleteScheduleAsync(Tenant, "manager-1", default));
    }
}
