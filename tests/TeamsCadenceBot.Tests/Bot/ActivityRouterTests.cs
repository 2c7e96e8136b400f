using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsCadenceBot.Bot;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Hosting;
using TeamsCadenceBot.Tests.Fakes;

namespace TeamsCadenceBot.Tests.Bot;

public sealed class ActivityRouterTests
{
    private readonly RoutingRecorder _recorder = new();
    private readonly FakeConnector _connector = new();

    private ActivityRouter CreateSut() =>
        new(
            _connector,
            _recorder,
            new CommandCatalog([_recorder]),
            [],
            [_recorder],
            [_recorder],
            [_recorder],
            NullLogger<ActivityRouter>.Instance);

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

    [Theory]
    [InlineData(TeamsPayloads.InstalledPersonal, "installed:Personal")]
    [InlineData(TeamsPayloads.InstalledGroupChat, "installed:GroupChat")]
    [InlineData(TeamsPayloads.InstalledTeam, "installed:Team")]
    [InlineData(TeamsPayloads.UninstalledPersonal, "uninstalled:Personal")]
    [InlineData(TeamsPayloads.ChannelMentionMessage, "command:help:Team:")]
    [InlineData(TeamsPayloads.SubmitMessage, "action:probe.submit:typed in the card")]
    [InlineData(TeamsPayloads.MeetingStart, "meetingStart:MCMxOTptZWV0aW5n")]
    [InlineData(TeamsPayloads.MeetingEnd, "meetingEnd:MCMxOTptZWV0aW5n")]
    public async Task HandleAsync_RealTeamsPayload_ReachesItsFeature(string payload, string expected)
    {
        var sut = CreateSut();

        await sut.HandleAsync(Parse(payload), CancellationToken.None);

        Assert.Equal([expected], _recorder.Events);
    }

    [Fact]
    public async Task HandleAsync_ExecuteInvoke_AnswersWithTheHandlersEnvelope()
    {
        var sut = CreateSut();

        var response = await sut.HandleAsync(Parse(TeamsPayloads.ExecuteInvoke), CancellationToken.None);

        Assert.Equal(["action:probe.execute:c-42"], _recorder.Events);
        var body = Assert.IsType<UniversalActionBody>(response!.Body);
        Assert.Equal("application/vnd.microsoft.activity.message", body.Type);
    }

    [Fact]
    public async Task HandleAsync_OtherInvoke_IsAnsweredNotSupported()
    {
        var sut = CreateSut();

        var response = await sut.HandleAsync(Parse(TeamsPayloads.SigninInvoke), CancellationToken.None);

        var body = Assert.IsType<UniversalActionBody>(response!.Body);
        Assert.Equal(501, body.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", body.Type);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public void Parse_ChannelMention_StripsTheBotMentionFromTheCommand()
    {
        var activity = Parse(TeamsPayloads.ChannelMentionMessage);

        Assert.Equal("help", activity.GetCommandText());
        Assert.Equal(ConversationScope.Team, activity.GetScope());
        Assert.Equal("Europe/Berlin", activity.GetClientTimeZone());
        Assert.Equal(TeamsPayloads.Tenant, activity.GetTenantId());
    }

    [Fact]
    public async Task HandleAsync_SameActivityTwice_HandledOnce()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Parse(TeamsPayloads.ChannelMentionMessage), CancellationToken.None);
        await sut.HandleAsync(Parse(TeamsPayloads.ChannelMentionMessage), CancellationToken.None);

        Assert.Single(_recorder.Events);
    }

    [Fact]
    public async Task HandleAsync_UnknownActivityType_IsIgnoredWithoutError()
    {
        var sut = CreateSut();
        var unknown = Parse(TeamsPayloads.UninstalledPersonal) with { Type = "handoff", Id = "f:9" };

        var response = await sut.HandleAsync(unknown, CancellationToken.None);

        Assert.Null(response);
        Assert.Empty(_recorder.Events);
    }

    [Fact]
    public async Task HandleAsync_UnknownCommand_RepliesWithAHintToTypeHelp()
    {
        var sut = CreateSut();
        var message = Parse(TeamsPayloads.ChannelMentionMessage) with { Text = "<at>Cadence</at> dance" };

        await sut.HandleAsync(message, CancellationToken.None);

        var reply = Assert.Single(_connector.Sent);
        Assert.Contains("help", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_MissingTenant_IsIgnoredAndInvokeGetsABadRequest()
    {
        var sut = CreateSut();
        var invoke = Parse(TeamsPayloads.ExecuteInvoke) with { ChannelData = null, Conversation = new ConversationAccount("a:1") };

        var response = await sut.HandleAsync(invoke, CancellationToken.None);

        Assert.Equal(400, Assert.IsType<UniversalActionBody>(response!.Body).StatusCode);
        Assert.Empty(_recorder.Events);
    }
}
