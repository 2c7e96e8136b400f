using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using TeamsCadenceBot.Commitments;
using TeamsCadenceBot.Delivery;
using TeamsCadenceBot.Teams.Activities;
using TeamsCadenceBot.Teams.Cards;
using TeamsCadenceBot.Teams.Hosting;

namespace TeamsCadenceBot.Benchmarks.Micro;

/// <summary>
/// The CPU work of a turn and of a send that needs no storage or network: what the service itself costs per
/// request on top of its storage calls.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1515 // BenchmarkDotNet runs only public classes.
public class TurnCpuBenchmarks
#pragma warning restore CA1515
{
    private const string TenantId = "5b7e1f1c-0d4e-4a57-9b8a-2f0c6a1d9e01";

    private byte[] _invoke = [];
    private CommitmentView? _view;
    private InvokeResponse? _answer;
    private TeamsRateLimiter _limiter = new();
    private string[] _conversations = [];
    private DateTimeOffset _now;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var conversation = new Turns.Conversation("micro", 0, "micro");
        _invoke = Encoding.UTF8.GetBytes(
            Turns.TurnActivities.Block(conversation, TenantId, new Uri("http://127.0.0.1:5000/"), Guid.NewGuid().ToString("N"), "Waiting for legal"));
        var now = TimeProvider.System.GetUtcNow();
        var item = new Commitment
        {
            TenantId = TenantId,
            Id = Guid.NewGuid().ToString("N"),
            Text = "Send Contoso the revised proposal with the volume discount",
            OwnerIds = [conversation.AadObjectId],
            DueAt = now.AddDays(7),
            SuccessCriterion = "Contoso confirms they have it",
            CreatedBy = conversation.AadObjectId,
            Origin = new CommitmentOrigin(CommitmentOriginKind.Chat, conversation.ConversationId),
            CreatedAt = now,
            State = CommitmentState.Blocked,
            BlockedReason = "Waiting for legal",
        };
        _view = new CommitmentView(item, "You", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        _answer = InvokeResponse.Card(CommitmentCards.Updated(_view, "Marked blocked: your manager will see it"));
        _conversations = [.. Enumerable.Range(0, 2000).Select(i => "person:" + Guid.NewGuid().ToString())];
        _limiter = new TeamsRateLimiter();
        _now = now;
    }

    [Benchmark]
    public Activity? ParseInvoke() => JsonSerializer.Deserialize<Activity>(_invoke, ProtocolJson.Options);

    [Benchmark]
    public AdaptiveCard BuildUpdatedCard() => CommitmentCards.Updated(_view!, "Marked blocked: your manager will see it");

    [Benchmark]
    public byte[] SerializeAnswer() => JsonSerializer.SerializeToUtf8Bytes(_answer!.Body, _answer.Body!.GetType(), ProtocolJson.Options);

    // 2,000 people round robin, one send every 20 ms: the fan-out's pace at the tenant's 50 a second.
    [Benchmark]
    public TimeSpan ReserveSend()
    {
        _now = _now.AddMilliseconds(20);
        return _limiter.TryReserve(TenantId, _conversations[_next++ % _conversations.Length], _now);
    }
}
