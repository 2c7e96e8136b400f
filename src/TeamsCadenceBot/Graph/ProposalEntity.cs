using Azure;
using Azure.Data.Tables;

namespace TeamsCadenceBot.Graph;

/// <summary>A row of the <c>oneononeproposals</c> table; see <see cref="ProposalStore"/>.</summary>
internal sealed class ProposalEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";

    public string ManagerId { get; set; } = "";

    public string RepId { get; set; } = "";

    public string RepName { get; set; } = "";

    public string SeriesId { get; set; } = "";

    public int Day { get; set; }

    public long LocalTimeTicks { get; set; }

    public string TimeZone { get; set; } = "";

    public long LengthTicks { get; set; }

    public string Cadence { get; set; } = "";

    public DateTimeOffset NextOccurrence { get; set; }

    public string State { get; set; } = nameof(ProposalState.Proposed);

    public DateTimeOffset? DecidedAt { get; set; }

    public static ProposalEntity From(ProposedOneOnOne proposal) => new()
    {
        TenantId = proposal.TenantId,
        ManagerId = proposal.ManagerId,
        RepId = proposal.RepId,
        RepName = proposal.RepName,
        SeriesId = proposal.SeriesId,
        Day = (int)proposal.Day,
        LocalTimeTicks = proposal.LocalTime.Ticks,
        TimeZone = proposal.TimeZone,
        LengthTicks = proposal.Length.Ticks,
        Cadence = proposal.Cadence.ToString(),
        NextOccurrence = proposal.NextOccurrence,
    };

    public ProposedOneOnOne ToProposal() => new(
        TenantId,
        ManagerId,
        RepId,
        RepName,
        SeriesId,
        (DayOfWeek)Day,
        new TimeOnly(LocalTimeTicks),
        TimeZone,
        TimeSpan.FromTicks(LengthTicks),
        Enum.Parse<OneOnOneCadence>(Cadence),
        NextOccurrence);

    public ProposalState ReadState() => Enum.Parse<ProposalState>(State);
}

/// <summary>Where a proposal stands.</summary>
internal enum ProposalState
{
    Proposed,
    Confirmed,
    Dismissed,
}
