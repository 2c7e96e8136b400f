using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsCadenceBot.Benchmarks.Review;

/// <summary>
/// The activities Teams posts for a pipeline review in a team channel: the manager's message (each in a new
/// thread, as a new post is) and the card's <c>Action.Execute</c> invokes.
/// </summary>
internal sealed class ReviewActivities(string tenantId, Uri serviceUrl, ReviewPerson manager)
{
    private const string BotId = "28:bench-cadence-bot";
    private const string ChannelId = "19:bench-pipeline@thread.tacv2";
    private int _next;

    public string ReviewMessage(ReviewPerson? rep = null)
    {
        var activity = Base("message");
        var entities = new JsonArray(Mention(BotId, "Cadence"));
        var text = "<at>Cadence</at> pipeline review";
        if (rep is not null)
        {
            text += $" <at>{rep.Name}</at>";
            entities.Add(Mention(rep.TeamsId, rep.Name));
        }

        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["entities"] = entities;
        return activity.ToJsonString();
    }

    public string Execute(string verb, JsonObject data)
    {
        var activity = Base("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity.ToJsonString();
    }

    private JsonObject Base(string type)
    {
        var id = "1" + Interlocked.Increment(ref _next).ToString("D12", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject
            {
                ["id"] = manager.TeamsId,
                ["name"] = manager.Name,
                ["aadObjectId"] = manager.Id,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Cadence" },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "channel",
                ["tenantId"] = tenantId,
                ["id"] = $"{ChannelId};messageid={id}",
            },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = tenantId },
                ["team"] = new JsonObject { ["id"] = "19:bench-team@thread.tacv2" },
                ["channel"] = new JsonObject { ["id"] = ChannelId },
            },
        };
    }

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };
}

/// <summary>A person of the benchmark's team: Entra object id, Teams id and name.</summary>
internal sealed record ReviewPerson(string Id, string TeamsId, string Name);
