using System.Text;
using TeamsCadenceBot.Teams.Connector;

namespace TeamsCadenceBot.Teams.Tests.Connector;

public sealed class ConnectorErrorCodeTests
{
    [Theory]
    [InlineData("""{"error":{"code":"MessageWritesBlocked","message":"x"}}""", "MessageWritesBlocked")]
    [InlineData("""{"code":"BadArgument","message":"x"}""", "BadArgument")]
    [InlineData("""{"error":{"code":"Alice Example blocked you"}}""", null)]
    [InlineData("""{"error":{"code":42}}""", null)]
    [InlineData("""["MessageWritesBlocked"]""", null)]
    [InlineData("<html>gateway</html>", null)]
    [InlineData("", null)]
    public void Read_Body_ReturnsOnlyAPlainCode(string body, string? expected)
    {
        var code = ConnectorErrorCode.Read(Encoding.UTF8.GetBytes(body));

        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("MessageWritesBlocked", true)]
    [InlineData("ConversationBlockedByUser", true)]
    [InlineData("BotNotInConversationRoster", false)]
    [InlineData(null, false)]
    public void MeansBlocked_Code_TellsWhetherThePersonBlockedTheBot(string? code, bool expected)
    {
        Assert.Equal(expected, ConnectorErrorCode.MeansBlocked(code));
    }
}
