using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>The Teams-specific part of an activity.</summary>
public sealed record TeamsChannelData
{
    /// <summary>The tenant the activity comes from.</summary>
    public TenantInfo? Tenant { get; init; }

    /// <summary>The team, for activities in a team.</summary>
    public TeamInfo? Team { get; init; }

    /// <summary>The channel, for activities in a channel.</summary>
    public ChannelInfo? Channel { get; init; }

    /// <summary>The online meeting, for activities in a meeting's chat.</summary>
    public MeetingInfo? Meeting { get; init; }

    /// <summary>The Teams event, such as <c>teamMemberAdded</c> or <c>teamDeleted</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>Settings Teams adds on install, such as the selected channel.</summary>
    public SettingsInfo? Settings { get; init; }
}

/// <summary>A tenant id holder.</summary>
public sealed record TenantInfo(string Id);

/// <summary>A team, with its group id when Teams sends it.</summary>
public sealed record TeamInfo(string Id, string? Name = null, [property: JsonPropertyName("aadGroupId")] string? AadGroupId = null);

/// <summary>A channel of a team.</summary>
public sealed record ChannelInfo(string Id, string? Name = null);

/// <summary>An online meeting.</summary>
public sealed record MeetingInfo(string Id);

/// <summary>Installation settings Teams sends with the first activity in a team.</summary>
public sealed record SettingsInfo(ChannelInfo? SelectedChannel = null);
