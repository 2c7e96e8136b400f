namespace TeamsCadenceBot.Benchmarks.Micro;
internal static class MicroScenario
{
    public static Task RunAsync(Infrastructure.Report report, CancellationToken cancellationToken) => Task.CompletedTask;
}
