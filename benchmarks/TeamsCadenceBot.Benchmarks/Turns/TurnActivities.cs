using System.Globalization;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>The activities Teams posts for the two turns, in Teams' shapes, each with a new activity id.</summary>
internal static class TurnActivities
{
    public const string BotId = "28:bench-bot-app-id";

    public static string Help(Conversation conversation, string serverTenantId, Uri serviceUrl) =>
        Help(conversation, conversation.TenantId ?? serverTenantId, serviceUrl, NewId());

    private static string Help(Conversation conversation, string tenantId, Uri serviceUrl, string id) =>
        string.Create(CultureInfo.InvariantCulture, $$$"""
            {"type":"message","id":"{{{id}}}","timestamp":"{{{Now()}}}","serviceUrl":"{{{serviceUrl}}}",
             "channelId":"msteams",
             "from":{"id":"{{{conversation.UserId}}}","name":"{{{conversation.Name}}}","aadObjectId":"{{{conversation.AadObjectId}}}"},
             "conversation":{"conversationType":"personal","tenantId":"{{{tenantId}}}","id":"{{{conversation.ConversationId}}}"},
             "recipient":{"id":"{{{BotId}}}","name":"Cadence"},
             "text":"help","textFormat":"plain","locale":"en-US",
             "entities":[{"locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin","type":"clientInfo"}],
             "channelData":{"tenant":{"id":"{{{tenantId}}}"}} }
            """);

    public static string Block(Conversation conversation, string tenantId, Uri serviceUrl, string commitmentId, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $$$"""
            {"type":"invoke","name":"adaptiveCard/action","id":"{{{NewId()}}}","timestamp":"{{{Now()}}}",
             "serviceUrl":"{{{serviceUrl}}}","channelId":"msteams",
             "from":{"id":"{{{conversation.UserId}}}","name":"{{{conversation.Name}}}","aadObjectId":"{{{conversation.AadObjectId}}}"},
             "conversation":{"conversationType":"personal","tenantId":"{{{tenantId}}}","id":"{{{conversation.ConversationId}}}"},
             "recipient":{"id":"{{{BotId}}}","name":"Cadence"},"replyToId":"1:1733210000000",
             "value":{"action":{"type":"Action.Execute","verb":"commitments.block",
               "data":{"id":"{{{commitmentId}}}","reason-{{{commitmentId}}}":"{{{reason}}}"}},
               "trigger":"manual"},
             "entities":[{"locale":"en-US","country":"US","platform":"Web","timezone":"Europe/Berlin","type":"clientInfo"}],
             "channelData":{"tenant":{"id":"{{{tenantId}}}"},"source":{"name":"message"}} }
            """);

    private static string NewId() => "f:" + Guid.NewGuid().ToString("N");

    private static string Now() => TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
