using System.Text.Json;
using TeamsCadenceBot.Teams.Connector;
using static TeamsCadenceBot.Teams.Tests.Connector.ConnectorHarness;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorClientRequestTests
{
    private const string EscapedConversation = "a%3A1Xy%3Bmessageid%3D9%40thread.tacv2";

    [Theory]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("/_connector", "/_connector")]
    [InlineData("/_connector/", "/_connector")]
    public async Task SendAsync_AnyServiceUrlForm_PostsToEscapedConversationPath(string suffix, string prefix)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, """{"id":"1:sent"}"""));
        var address = harness.Address with { ServiceUrl = harness.Server.BaseUrl + suffix };
        var sut = harness.CreateClient();

        var result = await sut.SendAsync(address, Message("hello"), CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"{prefix}/v3/conversations/{EscapedConversation}/activities", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("hello", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("id", out _));
        Assert.Equal("1:sent", result.Value);
    }

    [Fact]
    public async Task ReplyAsync_PostsToTheActivityItRepliesTo()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, """{"id":"1:reply"}"""));
        var sut = harness.CreateClient();

        var result = await sut.ReplyAsync(harness.Address, "1:root", Message("re"), CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversation}/activities/1%3Aroot", request.RawTarget);
        Assert.Equal("1:reply", result.Value);
    }

    [Fact]
    public async Task UpdateAsync_AnswerWithoutId_PutsAndKeepsTheActivityId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(new ScriptedAnswer(200));
        var sut = harness.CreateClient();

        var result = await sut.UpdateAsync(harness.Address, "1:card", Message("new"), CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversation}/activities/1%3Acard", request.RawTarget);
        Assert.Contains("\"new\"", request.Body, StringComparison.Ordinal);
        Assert.Equal("1:card", result.Value);
    }

    [Fact]
    public async Task DeleteAsync_Accepted_DeletesTheActivity()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(new ScriptedAnswer(200));
        var sut = harness.CreateClient();

        var result = await sut.DeleteAsync(harness.Address, "1:card", CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversation}/activities/1%3Acard", request.RawTarget);
        Assert.True(result.Value);
    }

    [Fact]
    public async Task CreatePersonalConversationAsync_PostsBotMemberTenantAndReturnsId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, """{"id":"a:1personal"}"""));
        var sut = harness.CreateClient();

        var result = await sut.CreatePersonalConversationAsync(
            harness.Server.BaseUrl,
            ConnectorHarness.TenantId,
            "29:user-1",
            CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("28:" + ConnectorHarness.AppId, root.GetProperty("bot").GetProperty("id").GetString());
        var member = Assert.Single(root.GetProperty("members").EnumerateArray());
        Assert.Equal("29:user-1", member.GetProperty("id").GetString());
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal(ConnectorHarness.TenantId, root.GetProperty("tenantId").GetString());
        Assert.Equal(
            ConnectorHarness.TenantId,
            root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("activity", out _));
        Assert.Equal("a:1personal", result.Value);
    }

    [Fact]
    public async Task CreateChannelThreadAsync_PostsChannelTenantAndActivity()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(
            201,
            """{"id":"19:chan@thread.tacv2;messageid=1700","activityId":"1700"}"""));
        var sut = harness.CreateClient();

        var result = await sut.CreateChannelThreadAsync(
            harness.Server.BaseUrl,
            ConnectorHarness.TenantId,
            "19:chan@thread.tacv2",
            Message("Pipeline review"),
            CancellationToken.None).Bounded();

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/v3/conversations", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.True(root.GetProperty("isGroup").GetBoolean());
        var channelData = root.GetProperty("channelData");
        Assert.Equal("19:chan@thread.tacv2", channelData.GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(ConnectorHarness.TenantId, channelData.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("Pipeline review", root.GetProperty("activity").GetProperty("text").GetString());
        Assert.False(root.TryGetProperty("members", out _));
        Assert.Equal(new ChannelThread("19:chan@thread.tacv2;messageid=1700", "1700"), result.Value);
    }

    [Fact]
    public async Task CreateChannelThreadAsync_AnswerWithoutActivityId_TakesItFromTheThreadId()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, """{"id":"19:chan@thread.tacv2;messageid=1800"}"""));
        var sut = harness.CreateClient();

        var result = await sut.CreateChannelThreadAsync(
            harness.Server.BaseUrl,
            ConnectorHarness.TenantId,
            "19:chan@thread.tacv2",
            Message("Forecast call"),
            CancellationToken.None).Bounded();

        Assert.Equal("1800", result.Value?.ActivityId);
    }

    [Theory]
    [InlineData("objectId")]
    [InlineData("aadObjectId")]
    public async Task GetMemberAsync_EitherObjectIdName_ParsesTheMember(string objectIdName)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(200, $$"""
            {"id":"29:user-1","name":"Dana Rep","{{objectIdName}}":"0000-aad","email":"dana@contoso.test",
             "userPrincipalName":"dana@contoso.test","tenantId":"tenant-1","userRole":"user"}
            """));
        var sut = harness.CreateClient();

        var result = await sut.GetMemberAsync(harness.Address, "29:user-1", CancellationToken.None).Bounded();

        Assert.Equal(
            $"/v3/conversations/{EscapedConversation}/members/29%3Auser-1",
            Assert.Single(harness.Server.Requests).RawTarget);
        Assert.Equal(
            new TeamsMember("29:user-1", "Dana Rep", "0000-aad", "dana@contoso.test", "dana@contoso.test"),
            result.Value);
    }

    [Fact]
    public async Task GetMembersPageAsync_WithToken_AsksForThatPageAndParsesIt()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(200, """
            {"continuationToken":"next/2=",
             "members":[{"id":"29:a","name":"A","objectId":"oid-a"},{"id":"29:b","aadObjectId":"oid-b"}]}
            """));
        var sut = harness.CreateClient();

        var result = await sut.GetMembersPageAsync(harness.Address, "page/1=", CancellationToken.None).Bounded();

        Assert.Equal(
            $"/v3/conversations/{EscapedConversation}/pagedmembers?pageSize=50&continuationToken=page%2F1%3D",
            Assert.Single(harness.Server.Requests).RawTarget);
        var page = Assert.IsType<MembersPage>(result.Value);
        Assert.Equal(["oid-a", "oid-b"], page.Members.Select(member => member.AadObjectId));
        Assert.Equal("next/2=", page.ContinuationToken);
    }

    [Fact]
    public async Task GetMembersPageAsync_FirstAndLastPage_SendsNoTokenAndReturnsNone()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(200, """{"members":[{"id":"29:a"}]}"""));
        var sut = harness.CreateClient();

        var result = await sut.GetMembersPageAsync(harness.Address, null, CancellationToken.None).Bounded();

        Assert.Equal(
            $"/v3/conversations/{EscapedConversation}/pagedmembers?pageSize=50",
            Assert.Single(harness.Server.Requests).RawTarget);
        Assert.Null(result.Value?.ContinuationToken);
        Assert.Equal("29:a", Assert.Single(result.Value!.Members).Id);
    }

    [Fact]
    public async Task SendAsync_SuccessWithMalformedJson_ThrowsConnectorException()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Server.Enqueue(ScriptedAnswer.Json(201, "{not json"));
        var sut = harness.CreateClient();

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => sut.SendAsync(harness.Address, Message("hi"), CancellationToken.None).Bounded());

        Assert.Equal(201, exception.StatusCode);
    }
}
