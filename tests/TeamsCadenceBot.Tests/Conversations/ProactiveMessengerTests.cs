using TeamsCadenceBot.Conversations;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Tests.Builders;
using TeamsCadenceBot.Tests.Fakes;
using static TeamsCadenceBot.Tests.Builders.ActivityBuilder;

namespace TeamsCadenceBot.Tests.Conversations;

public sealed class ProactiveMessengerTests
{
    private static readonly AdaptiveCard PrepCard = new() { Body = [new TextBlock("Your 1:1 with Dana is tomorrow")] };

    private readonly ConversationHarness _harness = new();
    private readonly IProactiveMessenger _sut;

    public ProactiveMessengerTests()
    {
        _sut = _harness.Messenger;
    }

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task SendToPersonAsync_NoPersonalChatStored_CreatesItStoresItAndSends()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);
        var expectedChat = FakeConnector.PersonalChatIdOf(TeamsUser.Bob.Id);

        var result = await _sut.SendToPersonAsync(TenantId, TeamsUser.Bob.Id, Card(PrepCard, "Prep"), None);

        Assert.Equal(DeliveryStatus.Delivered, result.Status);
        Assert.Equal(expectedChat, result.Address?.ConversationId);
        Assert.NotNull(result.ActivityId);
        Assert.Equal([TeamsUser.Bob.Id], _harness.Connector.CreatedPersonalChats);
        var sent = Assert.Single(_harness.Connector.Posted, m => m.ConversationId == expectedChat);
        Assert.Same(PrepCard, sent.Card);
        Assert.Equal(ServiceUrl, sent.ServiceUrl);
        var stored = await _harness.Store.FindPersonalAsync(TenantId, TeamsUser.Bob.Id, None);
        Assert.Equal(
            (expectedChat, ConversationScope.Personal, true),
            (stored?.ConversationId, stored?.Scope, stored?.Installed));
    }

    [Fact]
    public async Task SendToPersonAsync_SecondMessage_ReusesTheCreatedChat()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);
        await _sut.SendToPersonAsync(TenantId, TeamsUser.Bob.Id, Text("First"), None);

        var second = await _sut.SendToPersonAsync(TenantId, TeamsUser.Bob.Id, Text("Second"), None);

        Assert.True(second.Delivered);
        Assert.Single(_harness.Connector.CreatedPersonalChats);
        Assert.Equal(
            ["First", "Second"],
            _harness.Connector.Posted.Where(m => m.Kind == SentMessage.Send).Select(m => m.Activity.Text));
    }

    [Fact]
    public async Task SendToPersonAsync_PersonalChatFromInstall_SendsThereWithoutCreating()
    {
        await _harness.DeliverAsync(Installed().InPersonalChat(TeamsUser.Alice).Build());

        var result = await _sut.SendToPersonAsync(TenantId, TeamsUser.Alice.Id, Text("Reminder"), None);

        Assert.Equal(TeamsUser.Alice.PersonalConversationId, result.Address?.ConversationId);
        Assert.Empty(_harness.Connector.CreatedPersonalChats);
        var reminder = _harness.Connector.Posted.Last();
        Assert.Equal(BotId, reminder.Activity.From?.Id);
        Assert.Equal(TeamsUser.Alice.PersonalConversationId, reminder.Activity.Conversation?.Id);
    }

    [Fact]
    public async Task SendToPersonAsync_PersonBlockedTheBot_ReportsBlockedAndStopsSending()
    {
        await _harness.DeliverAsync(Installed().InPersonalChat(TeamsUser.Alice).Build());
        _harness.Connector.BlockedConversations.Add(TeamsUser.Alice.PersonalConversationId);

        var blocked = await _sut.SendToPersonAsync(TenantId, TeamsUser.Alice.Id, Text("Reminder"), None);
        _harness.Connector.BlockedConversations.Clear();
        var later = await _sut.SendToPersonAsync(TenantId, TeamsUser.Alice.Id, Text("Reminder"), None);

        Assert.Equal(DeliveryStatus.RecipientBlocked, blocked.Status);
        Assert.False(blocked.Delivered);
        Assert.Equal(DeliveryStatus.NotInstalled, later.Status);
        Assert.Equal([WelcomeCard.Heading], _harness.Connector.Posted.Select(m => m.Heading));
    }

    [Fact]
    public async Task SendToPersonAsync_BlockedWhenCreatingTheChat_ReportsBlocked()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);
        _harness.Connector.BlockedUsers.Add(TeamsUser.Bob.Id);

        var result = await _sut.SendToPersonAsync(TenantId, TeamsUser.Bob.Id, Text("Reminder"), None);

        Assert.Equal(DeliveryStatus.RecipientBlocked, result.Status);
        Assert.Null(await _harness.Store.FindPersonalAsync(TenantId, TeamsUser.Bob.Id, None));
    }

    [Fact]
    public async Task SendToPersonAsync_AppNotInstalledForThePerson_ReportsNotInstalled()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);
        _harness.Connector.UsersWithoutApp.Add(TeamsUser.Bob.Id);

        var result = await _sut.SendToPersonAsync(TenantId, TeamsUser.Bob.Id, Text("Reminder"), None);

        Assert.Equal(DeliveryStatus.NotInstalled, result.Status);
    }

    [Fact]
    public async Task SendToPersonAsync_TenantNeverSeen_NoConversation()
    {
        var result = await _sut.SendToPersonAsync(TenantId, TeamsUser.Bob.Id, Text("Reminder"), None);

        Assert.Equal(DeliveryStatus.NoConversation, result.Status);
        Assert.Empty(_harness.Connector.CreatedPersonalChats);
    }

    [Fact]
    public async Task SendToPersonByAadObjectIdAsync_PersonSeenInAGroupChat_CreatesTheirPersonalChat()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);

        var result = await _sut.SendToPersonByAadObjectIdAsync(TenantId, TeamsUser.Bob.AadObjectId, Text("Hi"), None);

        Assert.True(result.Delivered);
        Assert.Equal([TeamsUser.Bob.Id], _harness.Connector.CreatedPersonalChats);
        var stored = await _harness.Store.FindPersonalByAadObjectIdAsync(TenantId, TeamsUser.Bob.AadObjectId, None);
        Assert.Equal(FakeConnector.PersonalChatIdOf(TeamsUser.Bob.Id), stored?.ConversationId);
    }

    [Fact]
    public async Task SendToPersonByAadObjectIdAsync_PersonNeverSeen_NoConversation()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);

        var result = await _sut.SendToPersonByAadObjectIdAsync(TenantId, TeamsUser.Carol.AadObjectId, Text("Hi"), None);

        Assert.Equal(DeliveryStatus.NoConversation, result.Status);
        Assert.Empty(_harness.Connector.CreatedPersonalChats);
    }

    [Fact]
    public async Task SendToConversationAsync_Channel_StartsANewThread()
    {
        await _harness.DeliverAsync(MembersAdded(TeamsUser.Bob).InTeam(TeamsUser.Carol, PipelineChannelId).Build());

        var result = await _sut.SendToConversationAsync(TenantId, PipelineChannelId, Card(PrepCard), None);

        var thread = Assert.Single(_harness.Connector.Posted);
        Assert.Equal(SentMessage.Thread, thread.Kind);
        Assert.Equal(PipelineChannelId, thread.ConversationId);
        Assert.True(result.Delivered);
        Assert.Equal($"{PipelineChannelId};messageid={result.ActivityId}", result.Address?.ConversationId);
    }

    [Fact]
    public async Task SendToConversationAsync_GroupChat_SendsIntoTheChat()
    {
        await SeenInGroupChatAsync(TeamsUser.Bob);

        var result = await _sut.SendToConversationAsync(TenantId, GroupChatId, Text("Pipeline review at 3"), None);

        var sent = Assert.Single(_harness.Connector.Posted, m => m.Kind == SentMessage.Send);
        Assert.Equal((GroupChatId, "Pipeline review at 3"), (sent.ConversationId, sent.Activity.Text));
        Assert.Equal(GroupChatId, result.Address?.ConversationId);
    }

    [Fact]
    public async Task SendToConversationAsync_UnknownConversation_NoConversation()
    {
        var result = await _sut.SendToConversationAsync(TenantId, GroupChatId, Text("Hello"), None);

        Assert.Equal(DeliveryStatus.NoConversation, result.Status);
        Assert.Empty(_harness.Connector.Posted);
    }

    // Joining a chat tells the bot who the person is without giving it anything to answer.
    private static Activity Text(string text) => ProactiveMessage.Text(text);

    private static Activity Card(AdaptiveCard card, string? summary = null) => ProactiveMessage.Card(card, summary);

    private Task SeenInGroupChatAsync(TeamsUser user) =>
        _harness.DeliverAsync(MembersAdded(user).InGroupChat(TeamsUser.Alice).Build());
}
