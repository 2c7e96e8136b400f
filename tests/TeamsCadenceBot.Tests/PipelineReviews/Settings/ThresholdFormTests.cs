using TeamsCadenceBot.Deals;
using TeamsCadenceBot.PipelineReviews;
using TeamsCadenceBot.PipelineReviews.Settings;

namespace TeamsCadenceBot.Tests.PipelineReviews.Settings;

public sealed class ThresholdFormTests
{
    private const string OpenStages = "Discovery, Qualification, Proposal, Negotiation";

    private static readonly PipelineThresholds Defaults = PipelineThresholds.Default;

    public static TheoryData<string> SettingIds => [.. ThresholdSettings.All.Select(s => s.Id)];

    [Fact]
    public void Read_EveryDefaultAsTheCardShowsIt_SameThresholdsAndNothingChanged()
    {
        var values = ThresholdSettings.All.ToDictionary(s => s.Id, s => (string?)s.InputValue(s.Default));

        var sut = ThresholdForm.Read(values, Defaults);

        Assert.Equal(Defaults, sut.Thresholds);
        Assert.Empty(sut.Changed);
        Assert.Empty(sut.Problems);
    }

    [Fact]
    public void Read_NothingSent_CurrentKept()
    {
        var current = Defaults with { StalledAfterDays = 40 };

        var sut = ThresholdForm.Read(new Dictionary<string, string?>(), current);

        Assert.Equal(current, sut.Thresholds);
    }

    [Theory]
    [InlineData("stalledAfterDays", "28", 28)]
    [InlineData("stalledAfterDays", " 365 ", 365)]
    [InlineData("alertAfterDays", "1", 1)]
    [InlineData("closeDatePushLimit", "20", 20)]
    [InlineData("earlyStageWarningDaysLeft", "0", 0)]
    [InlineData("metricsLookbackDays", "30", 30)]
    [InlineData("fiscalYearStartMonth", "7", 7)]
    [InlineData("fiscalYearStartMonth", "12", 12)]
    public void Read_WholeNumberAtOrInsideTheRange_Applied(string id, string text, int expected)
    {
        var sut = ThresholdForm.Read(new Dictionary<string, string?> { [id] = text }, Defaults);

        var setting = ThresholdSettings.All.Single(s => s.Id == id);
        Assert.Equal(expected, setting.Read(sut.Thresholds!));
        Assert.Equal([setting], sut.Changed);
    }

    [Theory]
    [InlineData("earlyStageShareLimit", "60", 0.60)]
    [InlineData("earlyStageShareLimit", "100", 1.00)]
    [InlineData("agingYellowShare", "0", 0.00)]
    [InlineData("coverageYellowFloor", "87.5", 0.875)]
    public void Read_Percentage_StoredAsAShare(string id, string text, double share)
    {
        var sut = ThresholdForm.Read(new Dictionary<string, string?> { [id] = text }, Defaults);

        var stored = id switch
        {
            "earlyStageShareLimit" => sut.Thresholds!.EarlyStageShareLimit,
            "agingYellowShare" => sut.Thresholds!.AgingYellowShare,
            _ => sut.Thresholds!.CoverageYellowFloor,
        };
        Assert.Equal((decimal)share, stored);
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("20", 20)]
    [InlineData("3.25", 3.25)]
    public void Read_CoverageMultiple_Applied(string text, double expected)
    {
        var sut = ThresholdForm.Read(new Dictionary<string, string?> { ["proposalCoverageRatio"] = text }, Defaults);

        Assert.Equal((decimal)expected, sut.Thresholds!.CoverageRatio(DealStage.Proposal));
    }

    [Theory]
    [InlineData("Discovery", "Discovery")]
    [InlineData("negotiation", "Negotiation")]
    public void Read_OpenStageByName_Applied(string text, string expected)
    {
        var sut = ThresholdForm.Read(new Dictionary<string, string?> { ["requiredFieldsFromStage"] = text }, Defaults);

        Assert.Equal(Enum.Parse<DealStage>(expected), sut.Thresholds!.RequiredFieldsFromStage);
    }

    public static TheoryData<string, string?, string> BadValues => new()
    {
        { "stalledAfterDays", "0", "must be a whole number of days from 1 to 365, not \"0\"." },
        { "stalledAfterDays", "366", "must be a whole number of days from 1 to 365, not \"366\"." },
        { "stalledAfterDays", "21.5", "must be a whole number of days from 1 to 365, not \"21.5\"." },
        { "stalledAfterDays", "-3", "must be a whole number of days from 1 to 365, not \"-3\"." },
        { "stalledAfterDays", "three weeks", "must be a whole number of days from 1 to 365, not \"three weeks\"." },
        { "stalledAfterDays", "  ", "needs a value: a whole number of days from 1 to 365." },
        { "stalledAfterDays", null, "needs a value: a whole number of days from 1 to 365." },
        { "earlyStageShareLimit", "0", "must be a percentage from 1 to 100, not \"0\"." },
        { "earlyStageShareLimit", "100.5", "must be a percentage from 1 to 100, not \"100.5\"." },
        { "earlyStageShareLimit", "70,5", "must be a percentage from 1 to 100, not \"70,5\"." },
        { "discoveryCoverageRatio", "0.49", "must be a multiple from 0.5 to 20, not \"0.49\"." },
        { "discoveryCoverageRatio", "5.125", "must be a multiple from 0.5 to 20, not \"5.125\"." },
        { "fiscalYearStartMonth", "13", "must be a month from 1 (January) to 12 (December), not \"13\"." },
        { "requiredFieldsFromStage", "ClosedWon", $"must be one of {OpenStages}, not \"ClosedWon\"." },
        { "requiredFieldsFromStage", "2", $"must be one of {OpenStages}, not \"2\"." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Read_ValueOutsideWhatTheSettingAllows_RefusedNamingTheField(string id, string? text, string problem)
    {
        var sut = ThresholdForm.Read(new Dictionary<string, string?> { [id] = text }, Defaults);

        Assert.Null(sut.Thresholds);
        Assert.Equal([$"**{ThresholdSettings.All.Single(s => s.Id == id).Label}** {problem}"], sut.Problems);
    }

    [Fact]
    public void Read_OneBadValueAmongGoodOnes_NothingApplied()
    {
        var values = new Dictionary<string, string?>
        {
            ["stalledAfterDays"] = "28",
            ["agingAfterDays"] = "ninety",
            ["closeDatePushLimit"] = "4",
        };

        var sut = ThresholdForm.Read(values, Defaults);

        Assert.False(sut.IsValid);
        Assert.Empty(sut.Changed);
        Assert.Single(sut.Problems, p => p.StartsWith("**Aging: a deal is old after**", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("21", "21")]
    [InlineData("30", "21")]
    public void Read_AlertNotBeforeStalled_Refused(string alert, string stalled)
    {
        var values = new Dictionary<string, string?> { ["alertAfterDays"] = alert, ["stalledAfterDays"] = stalled };

        var sut = ThresholdForm.Read(values, Defaults);

        Assert.Equal(
            ["**Alert: no activity for** must be fewer days than **Stalled: no activity for**: "
                + "the alert comes before the stall."],
            sut.Problems);
    }

    [Fact]
    public void Read_AlertOneDayBeforeStalled_Applied()
    {
        var values = new Dictionary<string, string?> { ["alertAfterDays"] = "20", ["stalledAfterDays"] = "21" };

        var sut = ThresholdForm.Read(values, Defaults);

        Assert.Equal((20, 21), (sut.Thresholds!.AlertAfterDays, sut.Thresholds.StalledAfterDays));
    }

    [Theory]
    [InlineData("50", "50", false)]
    [InlineData("49.5", "50", true)]
    public void Read_AgingYellowMustBeBelowRed(string yellow, string red, bool valid)
    {
        var values = new Dictionary<string, string?> { ["agingYellowShare"] = yellow, ["agingRedShare"] = red };

        var sut = ThresholdForm.Read(values, Defaults);

        Assert.Equal(valid, sut.IsValid);
    }

    [Fact]
    public void Reset_TwoThresholdsChanged_DefaultsAndThoseTwoListed()
    {
        var current = Defaults with { StalledAfterDays = 28, AgingRedShare = 0.6m };

        var sut = ThresholdForm.Reset(current);

        Assert.Equal(Defaults, sut.Thresholds);
        Assert.Equal(["stalledAfterDays", "agingRedShare"], sut.Changed.Select(s => s.Id));
    }

    [Theory]
    [MemberData(nameof(SettingIds))]
    public void Setting_Each_DefaultInsideItsOwnRangeAndWrittenBackUnchanged(string id)
    {
        var sut = ThresholdSettings.All.Single(s => s.Id == id);

        Assert.InRange(sut.Default, sut.Min, sut.Max);
        Assert.Equal(Defaults, sut.Apply(Defaults, sut.Default));
        Assert.NotEqual(Defaults, sut.Apply(Defaults, sut.Default == sut.Min ? sut.Max : sut.Min));
    }

    [Fact]
    public void Settings_EveryThresholdOfTheRecord_HasOneSetting()
    {
        var properties = typeof(PipelineThresholds).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);

        var ids = ThresholdSettings.All.Select(s => char.ToUpperInvariant(s.Id[0]) + s.Id[1..]);

        Assert.Equal(properties.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }
}
