using System.Text.Json;
using TeamsCadenceBot.ForecastCalls;

namespace TeamsCadenceBot.Tests.ForecastCalls;

public sealed class ForecastInputsTests
{
    private static readonly JsonElement Data = JsonDocument.Parse(
        """
        {
          "text": "120000", "number": 95000.5, "empty": "", "word": "lots", "yes": "true", "no": "false",
          "date": "2026-12-10", "badDate": "10/12/2026", "list": ["a", 1, "b"]
        }
        """).RootElement;

    [Theory]
    [InlineData("text", true, 120000.0)]
    [InlineData("number", true, 95000.5)]
    [InlineData("empty", true, null)]
    [InlineData("missing", true, null)]
    [InlineData("word", false, null)]
    public void TryAmount_Value_ReadsStringsAndNumbers(string name, bool valid, double? expected)
    {
        var sut = ForecastInputs.TryAmount(Data, name, out var amount);

        Assert.Equal(valid, sut);
        Assert.Equal(expected is { } e ? (decimal)e : null, amount);
    }

    [Fact]
    public void Flag_OnlyTrueIsTrue()
    {
        Assert.True(ForecastInputs.Flag(Data, "yes"));
        Assert.False(ForecastInputs.Flag(Data, "no"));
        Assert.False(ForecastInputs.Flag(Data, "missing"));
    }

    [Fact]
    public void TryDate_IsoDateOrNothing_OthersInvalid()
    {
        Assert.True(ForecastInputs.TryDate(Data, "date", out var date));
        Assert.Equal(new DateOnly(2026, 12, 10), date);
        Assert.True(ForecastInputs.TryDate(Data, "empty", out var none));
        Assert.Null(none);
        Assert.False(ForecastInputs.TryDate(Data, "badDate", out _));
    }

    [Fact]
    public void Strings_Array_KeepsOnlyStrings()
    {
        Assert.Equal(["a", "b"], ForecastInputs.Strings(Data, "list"));
        Assert.Empty(ForecastInputs.Strings(Data, "missing"));
    }
}
