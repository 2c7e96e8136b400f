using System.Globalization;
using System.Text;

namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>A scenario's results as Markdown: the machine, then sections of prose and tables.</summary>
internal sealed class Report(string scenario, Machine start)
{
    private readonly StringBuilder _body = new();
    private Machine? _end;

    // scripts/bench.sh says how it was called; otherwise the program's own arguments, storage left out.
    private static string Command(string scenario)
    {
        if (Environment.GetEnvironmentVariable("CADENCE_BENCH_COMMAND") is { Length: > 0 } script)
        {
            return script;
        }

        var args = Environment.GetCommandLineArgs().Skip(1).ToList();
        var storage = args.IndexOf("--storage");
        if (storage >= 0 && storage + 1 < args.Count)
        {
            args[storage + 1] = "<Azurite>";
        }

        return "dotnet run -c Release --project benchmarks/TeamsCadenceBot.Benchmarks -- "
            + string.Join(' ', args.Skip(1).Prepend(scenario));
    }

    public void Heading(string text) => _body.Append("\n## ").Append(text).Append("\n\n");

    public void Paragraph(string text) => _body.Append(text.Trim()).Append("\n\n");

    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            _body.Append("- ").Append(item).Append('\n');
        }

        _body.Append('\n');
    }

    public void Raw(string markdown) => _body.Append(markdown.Trim()).Append("\n\n");

    public void Table(MarkdownTable table) => _body.Append(table.Render()).Append('\n');

    public void Failed(Exception error)
    {
        Heading("Failed");
        _body.Append("```\n").Append(error).Append("\n```\n\n");
        Progress.Say("failed: " + error.Message);
    }

    public void Finish(Machine end) => _end = end;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Benchmark: ").Append(scenario).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- Started {start.Stamp}, finished {(_end ?? start).Stamp}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Command: `{Command(scenario)}`\n");
        text.Append(CultureInfo.InvariantCulture, $"- Machine: {start.Cores} cores, {start.System}, {start.Runtime}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Load average (1 / 5 / 15 min, as uptime shows) at start: {start.LoadAverage}");
        text.Append(CultureInfo.InvariantCulture, $"; at end: {(_end ?? start).LoadAverage}\n");
        text.Append("- The machine's 2 cores are shared with other engineers' builds and tests: figures are noisy, ")
            .Append("compare the columns of one run rather than runs of different days.\n");
        text.Append(_body);
        return text.ToString();
    }
}
