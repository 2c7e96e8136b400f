using TeamsCadenceBot.Benchmarks.Infrastructure;

namespace TeamsCadenceBot.Benchmarks.Turns;

/// <summary>All rounds of one server, one kind of turn and one number of conversations.</summary>
internal sealed class Measurement(string server, TurnKind kind, int conversations)
{
    private readonly List<RunResult> _rounds = [];

    public string Server => server;

    public TurnKind Kind => kind;

    public int Conversations => conversations;

    public int Errors { get; private set; }

    /// <summary>Message turns answered 200 for which the connector received no reply.</summary>
    public int MissingReplies { get; private set; }

    public int Turns => _rounds.Sum(r => r.Latencies.Count);

    /// <summary>Turns answered per second over all rounds: their turns over their summed duration.</summary>
    public double Throughput => Turns / _rounds.Sum(r => r.Elapsed.TotalSeconds);

    public double SlowestRound => _rounds.Min(r => r.Throughput);

    public double FastestRound => _rounds.Max(r => r.Throughput);

    public void Add(RunResult round, int missingReplies)
    {
        _rounds.Add(round);
        Errors += round.Errors;
        MissingReplies += missingReplies;
    }

    public LatencySummary Latency()
    {
        var all = new Latencies();
        foreach (var round in _rounds)
        {
            all.AddRange(round.Latencies);
        }

        return all.Summarize();
    }
}
