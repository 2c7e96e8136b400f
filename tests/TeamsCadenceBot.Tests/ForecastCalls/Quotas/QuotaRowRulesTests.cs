using System.Globalization;
using TeamsCadenceBot.ForecastCalls.Quotas.Import;
using TeamsCadenceBot.Tests.Deals;

namespace TeamsCadenceBot.Tests.ForecastCalls.Quotas;

public sealed class QuotaRowRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static QuotaRepDirectory Reps()
    {
        var reps = new QuotaRepDirectory();
        foreach (var person in TestPeople.All)
        {
            reps.Add(person);
        }

        return reps;
    }

    private static (string? Rep, string? Period, decimal Amount, string? Problems) Read(
        string rep,
        string period,
        string amount,
        int fiscalYearStartMonth = 1,
        CultureInfo? culture = null)
    {
        var record = new QuotaCsvRecord(2, rep, period, amount, null);
        var read = QuotaRowRules.Read(record, Reps(), fiscalYearStartMonth, Today, culture, out var problems);
        return (read?.Rep.Id, read?.Period.Key, read?.Amount ?? 0, problems);
    }

    [Fact]
    public void Read_EmailKeyAndSeparators_AllRead()
    {
        Assert.Equal(
            (TestPeople.MeganId, "FY2027-Q1", 1_250_000.50m, (string?)null),
            Read(TestPeople.MeganEmail.ToUpperInvariant(), "FY2027-Q1", "\u00241,250,000.50"));
    }

    [Fact]
    public void Read_ObjectIdInAnyCase_FindsThePerson()
    {
        Assert.Equal(TestPeople.DiegoId, Read(TestPeople.DiegoId.ToUpperInvariant(), "Q1 2027", "1").Rep);
    }

    [Theory]
    [InlineData(1, "FY2026-Q4")]
    [InlineData(10, "FY2027-Q1")]
    [InlineData(7, "FY2027-Q2")]
    public void Read_ThisQuarter_InTheGivenFiscalYear(int fiscalYearStartMonth, string key)
    {
        Assert.Equal(key, Read(TestPeople.AlexEmail, "this quarter", "1", fiscalYearStartMonth).Period);
    }

    [Fact]
    public void Read_CultureOfTheColumn_ReadsItsNumbers()
    {
        Assert.Equal(
            250_000.5m,
            Read(TestPeople.AlexEmail, "FY2027-Q1", "250.000,50", culture: CultureInfo.GetCultureInfo("de-DE")).Amount);
    }

    [Fact]
    public void Read_EverythingMissing_EachNamed()
    {
        Assert.Equal("missing rep; missing period; missing quota", Read("", "", "").Problems);
    }

    [Fact]
    public void Read_LongValue_QuotedShort()
    {
        var problems = Read(TestPeople.AlexEmail, "FY2027-Q1", new string('9', 70) + "x").Problems;

        Assert.StartsWith($"bad quota '{new string('9', 60)}...' (expected", problems, StringComparison.Ordinal);
    }
}
