using Azure;
using Azure.Data.Tables;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Conversations;

/// <summary>
/// One conversation in the <c>{tenant}|conversations</c> partition, keyed by conversation id. Every
/// property is short, so the row stays far below the Table service's 1 MB limit; members are rows of
/// their own (<see cref="MemberEntity"/>).
/// </summary>
internal sealed class ConversationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string Scope { get; set; } = nameof(ConversationScope.Personal);

    public string ServiceUrl { get; set; } = "";

    public string? BotId { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? TeamAadGroupId { get; set; }

    public string? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    public string? MeetingId { get; set; }

    public string? ConversationName { get; set; }

    public string? UserId { get; set; }

    public string? UserAadObjectId { get; set; }

    public bool Installed { get; set; }

    public DateTimeOffset? InstalledAt { get; set; }

    public DateTimeOffset? UninstalledAt { get; set; }

    public static ConversationEntity Create(ConversationReference reference) => new()
    {
        TenantId = reference.TenantId,
        ConversationId = reference.ConversationId,
        Scope = reference.Scope.ToString(),
        ServiceUrl = reference.ServiceUrl,
        BotId = reference.BotId,
        TeamId = reference.TeamId,
        TeamName = reference.TeamName,
        TeamAadGroupId = reference.TeamAadGroupId,
        ChannelId = reference.ChannelId,
        ChannelName = reference.ChannelName,
        MeetingId = reference.MeetingId,
        ConversationName = reference.ConversationName,
        UserId = reference.UserId,
        UserAadObjectId = reference.UserAadObjectId,
        Installed = true,
    };

    /// <summary>
    /// Takes what <paramref name="reference"/> knows; what it leaves out (Teams sends names only on some
    /// activities) stays as stored. Returns false when nothing changed, so no write is needed.
    /// </summary>
    public bool Refresh(ConversationReference reference)
    {
        var changed = false;
        ServiceUrl = Take(ServiceUrl, reference.ServiceUrl, ref changed)!;
        BotId = Take(BotId, reference.BotId, ref changed);
        TeamId = Take(TeamId, reference.TeamId, ref changed);
        TeamName = Take(TeamName, reference.TeamName, ref changed);
        TeamAadGroupId = Take(TeamAadGroupId, reference.TeamAadGroupId, ref changed);
        ChannelId = Take(ChannelId, reference.ChannelId, ref changed);
        ChannelName = Take(ChannelName, reference.ChannelName, ref changed);
        MeetingId = Take(MeetingId, reference.MeetingId, ref changed);
        ConversationName = Take(ConversationName, reference.ConversationName, ref changed);
        UserId = Take(UserId, reference.UserId, ref changed);
        UserAadObjectId = Take(UserAadObjectId, reference.UserAadObjectId, ref changed);
        return changed;
    }

    public ConversationEntity MarkInstalled(bool installed, DateTimeOffset at)
    {
        Installed = installed;
        if (installed)
        {
            InstalledAt = at;
        }
        else
        {
            UninstalledAt = at;
        }

        return this;
    }

    public ConversationReference ToReference() =>
        new(TenantId, ConversationId, Enum.Parse<ConversationScope>(Scope), ServiceUrl, BotId)
        {
            TeamId = TeamId,
            TeamName = TeamName,
            TeamAadGroupId = TeamAadGroupId,
            ChannelId = ChannelId,
            ChannelName = ChannelName,
            MeetingId = MeetingId,
            ConversationName = ConversationName,
            UserId = UserId,
            UserAadObjectId = UserAadObjectId,
            Installed = Installed,
            InstalledAt = InstalledAt,
            UninstalledAt = UninstalledAt,
        };

    private static string? Take(string? stored, string? seen, ref bool changed)
    {
        if (seen is null || string.Equals(stored, seen, StringComparison.Ordinal))
        {
            return stored;
        }

        changed = true;
        return seen;
    }
}
