using TeamsCadenceBot.ForecastCalls;
using TeamsCadenceBot.ForecastCalls.Quotas;
using TeamsCadenceBot.Tests.Storage;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class TableQuotaStoreTests
{
    private const string Tenant = "tenant-quotas";
    private static readonly DateTimeOffset SetAt = new(2026, 10, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ForecastPeriod Q1 = ForecastPeriod.Of(2027, 1, fiscalYearStartMonth: 10);

    [Fact]
    public async Task GetQuotasAsync_SetForSomeReps_ReturnsOnlyTheAskedRepsThatHaveOne()
    {
        var sut = new TableQuotaStore(TestTables.Create());
        await sut.SetQuotaAsync(Tenant, new RepQuota("rep-1", Q1.Key, 250_000.50m, "manager-1", SetAt), default);
        await sut.SetQuotaAsync(Tenant, new RepQuota("rep-2", Q1.Key, 300_000m, "import:q1.csv", SetAt), default);

        var quotas = await sut.GetQuotasAsync(Tenant, Q1, ["rep-1", "rep-3"], default);

        var quota = Assert.Single(quotas).Value;
        Assert.Equal(new RepQuota("rep-1", Q1.Key, 250_000.50m, "manager-1", SetAt), quota);
    }

    [Fact]
    public async Task SetQuotaAsync_SetTwice_LastOneWins()
    {
        var sut = new TableQuotaStore(TestTables.Create());
        await sut.SetQuotaAsync(Tenant, new RepQuota("rep-1", Q1.Key, 100m, "manager-1", SetAt), default);

        await sut.SetQuotaAsync(Tenant, new RepQuota("rep-1", Q1.Key, 120m, "manager-1", SetAt.AddDays(1)), default);

        var quotas = await sut.GetQuotasAsync(Tenant, Q1, ["rep-1"], default);
        Assert.Equal(120m, quotas["rep-1"].Amount);
    }

    [Fact]
    public async Task GetQuotasAsync_OtherPeriodOrTenant_NotSeen()
    {
        var sut = new TableQuotaStore(TestTables.Create());
        await sut.SetQuotaAsync(Tenant, new RepQuota("rep-1", Q1.Next().Key, 100m, "manager-1", SetAt), default);
        await sut.SetQuotaAsync("other-tenant", new RepQuota("rep-1", Q1.Key, 100m, "manager-1", SetAt), default);

        var quotas = await sut.GetQuotasAsync(Tenant, Q1, ["rep-1"], default);

        Assert.Empty(quotas);
    }

    [Fact]
    public async Task SetQuotaAsync_NegativeAmount_Throws()
    {
        var sut = new TableQuotaStore(TestTables.Create());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => sut.SetQuotaAsync(Tenant, new RepQuota("rep-1", Q1.Key, -1m, "manager-1", SetAt), default));
    }
}
