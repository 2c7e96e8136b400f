using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCadenceBot.Benchmarks.Infrastructure;
using TeamsCadenceBot.Benchmarks.Turns;
using TeamsCadenceBot.Deals;
using TeamsCadenceBot.People;

namespace TeamsCadenceBot.Benchmarks.Review;

/// <summary>
/// Issue 5's review figure: a manager whose team holds 2,000 open deals types <c>pipeline review</c> in a channel.
/// The service's host runs in this process on a real loopback port (its own composition root, Azurite), its
/// replies go to a loopback Bot Connector stand-in; each round times the message from the POST to the answer (the
/// reply with the card has reached the connector by then), then the rep view and the team card's next page.
/// </summary>
internal sealed class ReviewScenario(BenchOptions options)
{
    private const string TenantId = "3e5a7c9b-1d2f-4a6b-8c0d-2e4f6a8b0c06";
    private const int WarmUp = 3;

    private readonly int _rounds = options.Number("rounds", 30);
    private readonly int _reps = options.Number("reps", 10);
    private readonly int _openPerRep = options.Number("open-per-rep", 200);

    public async Task RunAsync(Report report, CancellationToken cancellationToken)
    {
        await using var connector = await ConnectorStub.StartAsync(cancellationToken);
        var prefix = TablePrefixes.New("rv");
        var port = LoopbackServer.FreePort();
        await using var service = new InProcessService(new InProcessServiceSettings(options.Storage, prefix));
        service.UseKestrel(port);
        service.StartServer();

        var (manager, reps) = await SeedAsync(service.Services, cancellationToken);
        var activities = new ReviewActivities(TenantId, connector.ServiceUrl, manager);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };

        var team = new Latencies();
        var rep = new Latencies();
        var nextPage = new Latencies();
        var sizes = new List<int>();
        for (var round = 0; round < WarmUp + _rounds; round++)
        {
            var timed = round >= WarmUp;
            var sent = connector.Sent;
            var started = Stopwatch.GetTimestamp();
            await PostAsync(http, activities.ReviewMessage(), cancellationToken);
            Record(timed ? team : null, started);
            if (connector.Sent != sent + 1)
            {
                throw new InvalidOperationException("The review's reply did not reach the connector before the answer");
            }

            var card = Card(connector.LastBody);
            sizes.Add(connector.LastBody.Length);

            started = Stopwatch.GetTimestamp();
            await PostAsync(http, activities.ReviewMessage(reps[round % reps.Count]), cancellationToken);
            Record(timed ? rep : null, started);

            var next = NextPage(card);
            started = Stopwatch.GetTimestamp();
            var page = await PostAsync(http, activities.Execute(next.Verb, next.Data), cancellationToken);
            Record(timed ? nextPage : null, started);
            if (!page.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Next page gave no card: " + page[..Math.Min(99, page.Length)]);
            }
        }

        Progress.Say($"{_rounds} timed rounds done");
        Write(report, team.Summarize(), rep.Summarize(), nextPage.Summarize(), sizes.Max());
    }

    private async Task<(ReviewPerson Manager, IReadOnlyList<ReviewPerson> Reps)> SeedAsync(
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var people = services.GetRequiredService<IPeopleStore>();
        var manager = Person(0, "Megan Bowen");
        var reps = Enumerable.Range(1, _reps).Select(i => Person(i, $"Rep {i:00}")).ToList();
        foreach (var person in reps.Prepend(manager))
        {
            await people.UpsertAsync(
                TenantId,
                new PersonSighting(person.Id, person.Name, person.TeamsId, ClientTimeZone: "America/New_York"),
                cancellationToken);
        }

        foreach (var person in reps)
        {
            await people.SetManagerAsync(TenantId, person.Id, manager.Id, null, cancellationToken);
        }

        var deals = services.GetRequiredService<IDealStore>();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var ids = reps.Select(r => r.Id).ToList();
        var seeding = Stopwatch.StartNew();
        var lastWeek = TeamPipeline.LastWeek(TenantId, ids, _openPerRep, today).Select(d => new IncomingDeal(d));
        await deals.UpsertAsync(TenantId, lastWeek.ToAsyncEnumerable(), today.AddDays(-7), cancellationToken);
        var thisWeek = TeamPipeline.ThisWeek(TenantId, ids, _openPerRep, today).Select(d => new IncomingDeal(d));
        var now = await deals.UpsertAsync(TenantId, thisWeek.ToAsyncEnumerable(), today, cancellationToken);
        var open = (await deals.ListTeamDealsAsync(TenantId, ids, openOnly: true, cancellationToken)).Count;
        Progress.Say(
            $"seeded {Format.Count(open)} open deals ({now.Updated} changed) in {seeding.Elapsed.TotalSeconds:F1} s");
        return (manager, reps);
    }

    private static ReviewPerson Person(int i, string name) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{i:D12}"),
            string.Create(CultureInfo.InvariantCulture, $"29:1bench-review-{i:D2}"),
            name);

    private static async Task<string> PostAsync(HttpClient http, string activity, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activity, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.EnsureSuccessStatusCode();
        return body;
    }

    private static void Record(Latencies? latencies, long started) => latencies?.Add(started, Stopwatch.GetTimestamp());

    private static JsonElement Card(byte[] activity)
    {
        using var document = JsonDocument.Parse(activity);
        return document.RootElement.GetProperty("attachments")[0].GetProperty("content").Clone();
    }

    private static (string Verb, JsonObject Data) NextPage(JsonElement card)
    {
        var next = card.GetProperty("actions").EnumerateArray()
            .First(a => a.TryGetProperty("title", out var title) && title.GetString() == "Next page");
        var data = JsonNode.Parse(next.GetProperty("data").GetRawText())!.AsObject();
        return (next.GetProperty("verb").GetString()!, data);
    }

    private void Write(Report report, LatencySummary team, LatencySummary rep, LatencySummary page, int largestBytes)
    {
        var open = _reps * _openPerRep;
        report.Paragraph(
            $"A manager with {_reps} reps and {Format.Count(open)} open deals (three in four flagged; "
            + $"{_reps * 40} deals closed in the last half year; two weekly imports, so the review reads last "
            + "week's snapshot too) asks for the review in a team channel. The service's host runs in this "
            + "process on a loopback port, with Azurite and a loopback Bot Connector stand-in. "
            + $"{WarmUp} warm-up rounds, then {_rounds} timed rounds of: `pipeline review` (the message's POST until "
            + "its answer; the reply carrying the card reached the connector before it), `pipeline review @rep` "
            + "(one rep's page), and the team card's `Next page` (an invoke answered with the card). "
            + "Every request reads the deals from storage anew: nothing is cached between rounds.");
        var table = new MarkdownTable("Turn", "Rounds", "Mean (ms)", "p50 (ms)", "p95 (ms)", "Max (ms)");
        var turns = new[]
        {
            ("`pipeline review` to the card", team),
            ("`pipeline review @rep`", rep),
            ("`Next page` invoke", page),
        };
        foreach (var (name, summary) in turns)
        {
            table.Row(
                name,
                Format.Count(summary.Count),
                Format.Ms(summary.Mean),
                Format.Ms(summary.P50),
                Format.Ms(summary.P95),
                Format.Ms(summary.Max));
        }

        report.Table(table);
        report.Bullets(
            [$"Largest team card message sent to the connector: {Format.Count(largestBytes)} bytes (limit 80 KB)."]);
    }
}
