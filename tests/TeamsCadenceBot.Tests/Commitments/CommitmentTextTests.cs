using TeamsCadenceBot.Commitments;

namespace TeamsCadenceBot.Tests.Commitments;

public sealed class CommitmentTextTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // Thursday 3 December 2026, 10:00 in Berlin.
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_CompleteForm_ReadsEveryField()
    {
        var result = CommitmentText.Parse(
            "Send the MSA to Contoso; due 2026-12-10 09:30; owner me; done when legal has it", Now, Berlin);

        Assert.True(result.IsValid);
        var draft = result.Draft!;
        Assert.Equal("Send the MSA to Contoso", draft.Text);
        Assert.Equal(OwnerChoice.Me, draft.Owner);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 8, 30, 0, TimeSpan.Zero), draft.DueAt.ToUniversalTime());
        Assert.Equal("legal has it", draft.SuccessCriterion);
    }

    [Fact]
    public void Parse_NoOwnerAndNoDate_NamesBothMissingFields()
    {
        var result = CommitmentText.Parse("Send the MSA", Now, Berlin);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.StartsWith("an owner", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("a due date", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DateInThePast_IsRefused()
    {
        var result = CommitmentText.Parse("Call Fabrikam; due 2026-12-02; owner both", Now, Berlin);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Contains("already passed", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnreadableDate_QuotesIt()
    {
        var result = CommitmentText.Parse("Call Fabrikam; due someday; owner me", Now, Berlin);

        Assert.Contains(result.Problems, p => p.Contains("\"someday\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("today 18:00", "2026-12-03T17:00:00Z")]
    [InlineData("tomorrow", "2026-12-04T16:00:00Z")]
    [InlineData("friday 9am", "2026-12-04T08:00:00Z")]
    [InlineData("thursday", "2026-12-10T16:00:00Z")]
    [InlineData("12/24/2026 5:30pm", "2026-12-24T16:30:00Z")]
    public void ParseDue_RelativeAndUsForms_AreInThePersonsZone(string text, string expectedUtc)
    {
        var due = CommitmentText.ParseDue(text, Now, Berlin);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [InlineData("@Megan Bowen", "Mentioned")]
    [InlineData("both", "Both")]
    [InlineData("Me", "Me")]
    public void Parse_OwnerWords_AreUnderstood(string owner, string expected)
    {
        var result = CommitmentText.Parse($"Call Fabrikam; due tomorrow; owner {owner}", Now, Berlin);

        Assert.Equal(expected, result.Draft!.Owner.ToString());
    }
}
