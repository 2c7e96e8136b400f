namespace TeamsCadenceBot.Teams.Tests.Connector;

/// <summary>Every await on the client is bounded, so that a wrong wait fails the test instead of hanging it.</summary>
internal static class BoundedWait
{
    public static Task<T> Bounded<T>(this Task<T> task) => task.WaitAsync(ConnectorHarness.WaitLimit);

    public static Task Bounded(this Task task) => task.WaitAsync(ConnectorHarness.WaitLimit);
}
