using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCadenceBot.Teams.Activities;

namespace TeamsCadenceBot.Tests.Builders;

// Builds activities in the JSON shapes Teams posts, then reads them with the protocol's own settings, so tests
// exercise the same parsing as production.
public sealed class ActivityBuilder
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenantId = "3b5e1c2d-7f8a-4b9c-a0d1-e2f3a4b5c6d7";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string BotId = "28:4a3c1e52-7b8d-4f0e-9c61-0d2f5e8b7a19";
    public const string BotName = "Cadence";
    public const string TeamId = "19:Hk2Lq9WzXr4TnV7bM1cD3fG5hJ8kP0sR@thread.tacv2";
    public const string TeamName = "Sales West";
    public const string TeamAadGroupId = "5d8e2f1a-6b3c-4d7e-9f0a-1b2c3d4e5f6a";
    public const string PipelineChannelId = "19:Wq4Er7Ty0Ui3Op6As9Df2Gh5Jk8Lz1Xc@thread.tacv2";
    public const string PipelineChannelName = "Pipeline";
    public const string GroupChatId = "19:8a0c4e2b6d1f4a3c9e7b5d2f0a8c6e4b@thread.v2";
    public const string GroupChatName = "Q1 deal desk";
    public const string MeetingChatId = "19:meeting_ZjE0NmI5YzEtNDg3ZS00YjM2LWE1YjgtMzQ1NjdhOWMwZGVm@thread.v2";

    private static int _sequence;
    private readonly JsonObject _json;

    private ActivityBuilder(string type)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        _json = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + sequence.ToString("D19", CultureInfo.InvariantCulture),
            ["timestamp"] = "2026-12-03T09:15:02.1234567Z",
            ["localTimestamp"] = "2026-12-03T10:15:02.1234567+01:00",
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["locale"] = "en-US",
                ["country"] = "US",
                ["platform"] = "Web",
                ["timezone"] = "America/Los_Angeles",
                ["type"] = "clientInfo",
            }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "en-US",
        };
    }

    // Teams sends action add on install and add-upgrade when an installed app is updated.
    public static ActivityBuilder Installed(string action = "add")
    {
        var builder = new ActivityBuilder(ActivityTypes.InstallationUpdate);
        builder._json["action"] = action;
        builder.ChannelData()["source"] = new JsonObject { ["name"] = "message" };
        return builder;
    }

    public static ActivityBuilder Uninstalled() => Installed("remove");

    // A conversationUpdate whose membersAdded holds the bot.
    public static ActivityBuilder BotAdded()
    {
        var builder = new ActivityBuilder(ActivityTypes.ConversationUpdate);
        builder._json["membersAdded"] = new JsonArray(Bot());
        return builder;
    }

    // A conversationUpdate whose membersRemoved holds the bot.
    public static ActivityBuilder BotRemoved()
    {
        var builder = new ActivityBuilder(ActivityTypes.ConversationUpdate);
        builder._json["membersRemoved"] = new JsonArray(Bot());
        return builder;
    }

    // A conversationUpdate telling that people joined.
    public static ActivityBuilder MembersAdded(params TeamsUser[] users)
    {
        var builder = new ActivityBuilder(ActivityTypes.ConversationUpdate);
        builder._json["membersAdded"] = new JsonArray([.. users.Select(u => (JsonNode)Account(u))]);
        return builder;
    }

    // A conversationUpdate telling that people left.
    public static ActivityBuilder MembersRemoved(params TeamsUser[] users)
    {
        var builder = new ActivityBuilder(ActivityTypes.ConversationUpdate);
        builder._json["membersRemoved"] = new JsonArray([.. users.Select(u => (JsonNode)Account(u))]);
        return builder;
    }

    // A conversationUpdate with eventType teamDeleted, sent from the General channel.
    public static ActivityBuilder TeamDeleted(TeamsUser by)
    {
        var builder = new ActivityBuilder(ActivityTypes.ConversationUpdate).InTeam(by);
        builder.ChannelData()["eventType"] = "teamDeleted";
        return builder;
    }

    // A text message; in group chats and channels Teams prefixes the bot's mention.
    public static ActivityBuilder Message(string text)
    {
        var builder = new ActivityBuilder(ActivityTypes.Message);
        builder._json["text"] = text;
        builder._json["textFormat"] = "plain";
        return builder;
    }

    // A press of an Action.Execute button: the verb and the action's data merged with the card's inputs.
    public static ActivityBuilder CardAction(string verb, JsonObject data)
    {
        var builder = new ActivityBuilder(ActivityTypes.Invoke);
        builder._json["name"] = ActivityTypes.AdaptiveCardActionInvoke;
        builder._json["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return builder;
    }

    // In user's personal chat with the bot, sent by them.
    public ActivityBuilder InPersonalChat(TeamsUser user)
    {
        _json["from"] = Account(user);
        _json["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = TenantId,
            ["id"] = user.PersonalConversationId,
        };
        return this;
    }

    // In a group chat (a meeting's chat when meetingId is given), sent by from.
    public ActivityBuilder InGroupChat(TeamsUser from, string conversationId = GroupChatId, string? meetingId = null)
    {
        _json["from"] = Account(from);
        _json["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "groupChat",
            ["tenantId"] = TenantId,
            ["id"] = conversationId,
            ["name"] = GroupChatName,
        };
        if (meetingId is not null)
        {
            ChannelData()["meeting"] = new JsonObject { ["id"] = meetingId };
        }

        MentionBotInText();
        return this;
    }

    // In a team's channel (General unless channelId is given), sent by from; a message in a thread when
    // threadRootId is given.
    public ActivityBuilder InTeam(
        TeamsUser from,
        string channelId = TeamId,
        string? channelName = null,
        string? threadRootId = null,
        bool withTeamName = true)
    {
        _json["from"] = Account(from);
        _json["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = TenantId,
            ["id"] = threadRootId is null ? channelId : $"{channelId};messageid={threadRootId}",
        };
        var team = new JsonObject { ["id"] = TeamId, ["aadGroupId"] = TeamAadGroupId };
        if (withTeamName)
        {
            team["name"] = TeamName;
        }

        var channel = new JsonObject { ["id"] = channelId };
        if (channelName is not null)
        {
            channel["name"] = channelName;
        }

        var channelData = ChannelData();
        channelData["teamsTeamId"] = TeamId;
        channelData["teamsChannelId"] = channelId;
        channelData["team"] = team;
        channelData["channel"] = channel;
        MentionBotInText();
        return this;
    }

    // The channel the installer picked, as Teams sends it with a team install.
    public ActivityBuilder WithSelectedChannel(string channelId)
    {
        ChannelData()["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = channelId } };
        return this;
    }

    public ActivityBuilder WithId(string id)
    {
        _json["id"] = id;
        return this;
    }

    public ActivityBuilder WithServiceUrl(string serviceUrl)
    {
        _json["serviceUrl"] = serviceUrl;
        return this;
    }

    public ActivityBuilder WithTenant(string tenantId)
    {
        ChannelData()["tenant"] = new JsonObject { ["id"] = tenantId };
        if (_json["conversation"] is JsonObject conversation)
        {
            conversation["tenantId"] = tenantId;
        }

        return this;
    }

    // The JSON Teams would post.
    public string ToJson() => _json.ToJsonString();

    public Activity Build() => JsonSerializer.Deserialize<Activity>(ToJson(), ProtocolJson.Options)!;

    private JsonObject ChannelData() => (JsonObject)_json["channelData"]!;

    private void MentionBotInText()
    {
        if (_json["text"] is not JsonValue text || text.GetValue<string>().StartsWith("<at>", StringComparison.Ordinal))
        {
            return;
        }

        _json["text"] = $"<at>{BotName}</at> {text.GetValue<string>()}";
        ((JsonArray)_json["entities"]!).Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
    }

    private static JsonObject Bot() => new() { ["id"] = BotId };

    private static JsonObject Account(TeamsUser user) => new()
    {
        ["id"] = user.Id,
        ["name"] = user.Name,
        ["aadObjectId"] = user.AadObjectId,
    };
}
