namespace TeamsCadenceBot.Tests.Bot;

/// <summary>Activities in the shapes Teams posts them, trimmed of fields the bot ignores.</summary>
internal static class TeamsPayloads
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public const string InstalledPersonal = """
        {"type":"installationUpdate","action":"add","id":"f:1aa","timestamp":"2026-12-03T09:00:00.1Z",
         "serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1Qx9"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},
         "entities":[{"locale":"en-US","country":"US","platform":"Web","timezone":"America/Los_Angeles","type":"clientInfo"}],
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"source":{"name":"message"}},"locale":"en-US"}
        """;

    public const string InstalledGroupChat = """
        {"type":"conversationUpdate","id":"f:2bb","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47",
           "id":"19:meeting_NjA4@thread.v2"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},
         "membersAdded":[{"id":"28:bot-app-id"}],
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}
        """;

    public const string InstalledTeam = """
        {"type":"conversationUpdate","id":"f:3cc","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47",
           "id":"19:general0a1b@thread.tacv2"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},
         "membersAdded":[{"id":"28:bot-app-id"}],
         "channelData":{"team":{"aadGroupId":"5f1b2c3d-0000-0000-0000-00000000000f","name":"West Sales","id":"19:general0a1b@thread.tacv2"},
           "eventType":"teamMemberAdded","tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},
           "settings":{"selectedChannel":{"id":"19:pipeline2c3d@thread.tacv2"}}}}
        """;

    public const string ChannelMentionMessage = """
        {"type":"message","id":"1733220000001","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","name":"Megan Bowen","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47",
           "id":"19:pipeline2c3d@thread.tacv2;messageid=1733220000001"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},
         "text":"<at>Cadence</at> help\n","textFormat":"plain",
         "entities":[{"mentioned":{"id":"28:bot-app-id","name":"Cadence"},"text":"<at>Cadence</at>","type":"mention"},
           {"locale":"en-US","timezone":"Europe/Berlin","type":"clientInfo"}],
         "channelData":{"teamsChannelId":"19:pipeline2c3d@thread.tacv2","teamsTeamId":"19:general0a1b@thread.tacv2",
           "channel":{"id":"19:pipeline2c3d@thread.tacv2"},"team":{"id":"19:general0a1b@thread.tacv2"},
           "tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}
        """;

    public const string SubmitMessage = """
        {"type":"message","id":"1733220000002","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1Qx9"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},
         "replyToId":"1733210000000",
         "value":{"verb":"probe.submit","note":"typed in the card"},
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"source":{"name":"message"},"legacy":{"replyToId":"1:1x"}}}
        """;

    public const string ExecuteInvoke = """
        {"type":"invoke","name":"adaptiveCard/action","id":"f:4dd","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "channelId":"msteams","from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1Qx9"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},"replyToId":"1733210000000",
         "value":{"action":{"type":"Action.Execute","verb":"probe.execute","data":{"id":"c-42","reason":"legal is out"}},
           "trigger":"manual"},
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"source":{"name":"message"}}}
        """;

    public const string MeetingStart = """
        {"type":"event","name":"application/vnd.microsoft.meetingStart","id":"f:5ee",
         "serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47",
           "id":"19:meeting_NjA4@thread.v2"},
         "recipient":{"id":"28:bot-app-id"},
         "value":{"Id":"MCMxOTptZWV0aW5n","MeetingType":"Scheduled","JoinUrl":"https://teams.microsoft.com/l/meetup-join/x",
           "Title":"Alex / Megan 1:1","StartTime":"2026-12-03T09:00:00Z"},
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"meeting":{"id":"MCMxOTptZWV0aW5n"}}}
        """;

    public const string MeetingEnd = """
        {"type":"event","name":"application/vnd.microsoft.meetingEnd","id":"f:6ff",
         "serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
         "from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47",
           "id":"19:meeting_NjA4@thread.v2"},
         "recipient":{"id":"28:bot-app-id"},
         "value":{"Id":"MCMxOTptZWV0aW5n","MeetingType":"Scheduled","EndTime":"2026-12-03T09:30:00Z"},
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"},"meeting":{"id":"MCMxOTptZWV0aW5n"}}}
        """;

    public const string UninstalledPersonal = """
        {"type":"installationUpdate","action":"remove","id":"f:7aa","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "channelId":"msteams","from":{"id":"29:1xA","aadObjectId":"a1b2c3d4-0000-0000-0000-000000000001"},
         "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1Qx9"},
         "recipient":{"id":"28:bot-app-id","name":"Cadence"},
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}
        """;

    public const string SigninInvoke = """
        {"type":"invoke","name":"signin/verifyState","id":"f:8bb","serviceUrl":"https://smba.trafficmanager.net/amer/",
         "channelId":"msteams","from":{"id":"29:1xA"},
         "conversation":{"conversationType":"personal","tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1Qx9"},
         "recipient":{"id":"28:bot-app-id"},"value":{"state":"1234"},
         "channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}
        """;
}
