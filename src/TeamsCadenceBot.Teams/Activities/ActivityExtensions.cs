using System.Text.RegularExpressions;

namespace TeamsCadenceBot.Teams.Activities;

/// <summary>Reads the facts features need from an inbound activity.</summary>
public static partial class ActivityExtensions
{
    /// <summary>The tenant, from channel data first and the conversation second.</summary>
    public static string? GetTenantId(this Activity activity) =>
        activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;

    /// <summary>Where the conversation takes place.</summary>
    public static ConversationScope GetScope(this Activity activity) =>
        activity.Conversation?.ConversationType switch
        {
            "channel" => ConversationScope.Team,
            "groupChat" => ConversationScope.GroupChat,
            "personal" => ConversationScope.Personal,
            _ when activity.ChannelData?.Team is not null => ConversationScope.Team,
            _ when activity.Conversation?.IsGroup == true => ConversationScope.GroupChat,
            _ => ConversationScope.Personal,
        };

    /// <summary>The IANA time zone of the sender's client, if the activity carries one.</summary>
    public static string? GetClientTimeZone(this Activity activity) =>
        activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.Timezone ?? activity.LocalTimezone;

    /// <summary>
    /// The message text with every <c>&lt;at&gt;</c> mention of the bot removed and whitespace trimmed;
    /// mentions of other people keep their display name.
    /// </summary>
    public static string GetCommandText(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type != "mention" || mention.Text is null)
            {
                continue;
            }

            var replacement = mention.Mentioned?.Id == botId ? string.Empty : StripTags(mention.Text);
            text = text.Replace(mention.Text, replacement, StringComparison.Ordinal);
        }

        text = AtTag().Replace(text, string.Empty);
        return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
    }

    /// <summary>People mentioned in the message other than the bot.</summary>
    public static IReadOnlyList<ChannelAccount> GetMentionedPeople(this Activity activity) =>
        (activity.Entities ?? [])
            .Where(e => e.Type == "mention" && e.Mentioned is not null && e.Mentioned.Id != activity.Recipient?.Id)
            .Select(e => e.Mentioned!)
            .ToList();

    /// <summary>True when a <c>conversationUpdate</c> says that the bot itself was added.</summary>
    public static bool BotWasAdded(this Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;

    /// <summary>True when a <c>conversationUpdate</c> says that the bot itself was removed.</summary>
    public static bool BotWasRemoved(this Activity activity) =>
        activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true;

    private static string StripTags(string mentionText) => AtTag().Replace(mentionText, string.Empty);

    [GeneratedRegex("</?at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
