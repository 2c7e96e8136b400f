using System.Text.Json;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.Commitments;

// The manager (New York, digest at 08:00 local) gets each missed item in exactly one digest: the first after it
// was found missed, each digest covering from the previous day's 08:00 up to its own.
public sealed class DigestWindowTests
{
    private static async Task<Commitment> CommitAsync(CommitmentTestbed bed, string text, DateTimeOffset due) =>
        await bed.Service.CreateAsync(
            CommitmentTestbed.Tenant,
            new CommitmentDraft(text, OwnerChoice.Me, due, null),
            [CommitmentTestbed.Rep],
            CommitmentTestbed.Rep,
            new CommitmentOrigin(CommitmentOriginKind.Chat, "a:1"),
            default);

    // Each digest queued for the manager, by its local date, with the texts it lists.
    private static async Task<Dictionary<string, string>> DigestsAsync(CommitmentTestbed bed) =>
        (await bed.AllQueuedAsync())
            .Where(m => m.Kind == CommitmentWork.Digest)
            .ToDictionary(m => m.Key.Split(':')[^1], m => JsonSerializer.Serialize(m.Activity, ProtocolJson.Options));

    private static async Task SweepEachAsync(CommitmentTestbed bed, params DateTimeOffset[] times)
    {
        foreach (var at in times)
        {
            await bed.SweepAtAsync(at);
        }
    }

    [Fact]
    public async Task Digest_AutumnClockChange_ItemMissedInTheLongDaysExtraHourIsInTheNextDigest()
    {
        var bed = new CommitmentTestbed(new DateTimeOffset(2026, 10, 29, 9, 0, 0, TimeSpan.Zero));
        await bed.SeedTeamAsync(managerZone: "America/New_York");

        // Saturday 31 October 08:00 EDT is 12:00 UTC; clocks go back that night; Sunday 08:00 EST is 13:00 UTC.
        var saturdayDigest = new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero);
        var sundayDigest = new DateTimeOffset(2026, 11, 1, 13, 0, 0, TimeSpan.Zero);
        var inTheExtraHour = saturdayDigest.AddMinutes(30);
        var sundayMorning = sundayDigest.AddMinutes(-30);
        await CommitAsync(bed, "Send Contoso the security questionnaire", inTheExtraHour);
        await CommitAsync(bed, "Book the Fabrikam pricing call", sundayMorning);

        await SweepEachAsync(bed, inTheExtraHour, sundayMorning, sundayDigest, sundayDigest.AddDays(1).AddHours(1));

        var digests = await DigestsAsync(bed);
        var sunday = Assert.Single(digests, d => d.Key == "2026-11-01").Value;
        Assert.Contains("Send Contoso the security questionnaire", sunday, StringComparison.Ordinal);
        Assert.Contains("Book the Fabrikam pricing call", sunday, StringComparison.Ordinal);
        Assert.Single(digests);
    }

    [Fact]
    public async Task Digest_SpringClockChange_ItemMissedBeforeTheShortDaysDigestIsNotListedAgain()
    {
        var bed = new CommitmentTestbed(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero));
        await bed.SeedTeamAsync(managerZone: "America/New_York");

        // Saturday 7 March 08:00 EST is 13:00 UTC; clocks go forward that night; Sunday 08:00 EDT is 12:00 UTC.
        var saturdayDigest = new DateTimeOffset(2026, 3, 7, 13, 0, 0, TimeSpan.Zero);
        var sundayDigest = new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero);
        var beforeSaturdays = saturdayDigest.AddMinutes(-30);
        var afterSaturdays = saturdayDigest.AddHours(1);
        await CommitAsync(bed, "Send Contoso the security questionnaire", beforeSaturdays);
        await CommitAsync(bed, "Book the Fabrikam pricing call", afterSaturdays);

        await SweepEachAsync(bed, beforeSaturdays, saturdayDigest, afterSaturdays, sundayDigest, sundayDigest.AddDays(1));

        var digests = await DigestsAsync(bed);
        Assert.Equal(["2026-03-07", "2026-03-08"], digests.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Send Contoso the security questionnaire", digests["2026-03-07"], StringComparison.Ordinal);
        Assert.DoesNotContain("Book the Fabrikam pricing call", digests["2026-03-07"], StringComparison.Ordinal);
        Assert.Contains("Book the Fabrikam pricing call", digests["2026-03-08"], StringComparison.Ordinal);
        Assert.DoesNotContain("Send Contoso the security questionnaire", digests["2026-03-08"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ItemsMissedAMillisecondBeforeAndExactlyAtTheSetTime_EachInOneDigest()
    {
        var bed = new CommitmentTestbed(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        await bed.SeedTeamAsync(managerZone: "America/New_York");

        // Wednesday 9 December 08:00 EST is 13:00 UTC.
        var digestAt = new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.Zero);
        await CommitAsync(bed, "Send Contoso the security questionnaire", digestAt.AddMilliseconds(-1));
        await CommitAsync(bed, "Book the Fabrikam pricing call", digestAt);

        await SweepEachAsync(bed, digestAt.AddMilliseconds(-1), digestAt, digestAt.AddDays(1));

        var digests = await DigestsAsync(bed);
        Assert.Equal(["2026-12-09", "2026-12-10"], digests.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Send Contoso the security questionnaire", digests["2026-12-09"], StringComparison.Ordinal);
        Assert.DoesNotContain("Book the Fabrikam pricing call", digests["2026-12-09"], StringComparison.Ordinal);
        Assert.Contains("Book the Fabrikam pricing call", digests["2026-12-10"], StringComparison.Ordinal);
        Assert.DoesNotContain("Send Contoso the security questionnaire", digests["2026-12-10"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanDigestAsync_MissedJustBeforeTheSetTimeButPlannedJustAfter_IsInThatDaysDigest()
    {
        var bed = new CommitmentTestbed(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        await bed.SeedTeamAsync(managerZone: "America/New_York");
        var digestAt = new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.Zero);
        var item = await CommitAsync(bed, "Send Contoso the security questionnaire", digestAt.AddMilliseconds(-1));
        bed.Clock.SetUtcNow(digestAt.AddMilliseconds(-1));
        var missed = await bed.Service.MarkMissedAsync(CommitmentTestbed.Tenant, item.Id, default);

        bed.Clock.Advance(TimeSpan.FromMilliseconds(2));
        await bed.Service.PlanDigestAsync(missed!, default);
        await SweepEachAsync(bed, digestAt.AddMilliseconds(1), digestAt.AddDays(1));

        var digest = Assert.Single(await DigestsAsync(bed));
        Assert.Equal("2026-12-09", digest.Key);
        Assert.Contains("Send Contoso the security questionnaire", digest.Value, StringComparison.Ordinal);
    }
}
