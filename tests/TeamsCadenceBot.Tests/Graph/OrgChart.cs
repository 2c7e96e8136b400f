namespace TeamsCadenceBot.Tests.Graph;

/// <summary>
/// Serves an organisation chart from the fake Graph: each person, their manager and their direct reports.
/// </summary>
internal static class OrgChart
{
    public static void Serve(FakeGraphServer server, params (TestPerson Manager, TestPerson[] Reports)[] chart)
    {
        server.ClearRoutes();
        var everyone = chart.SelectMany(c => c.Reports.Prepend(c.Manager)).DistinctBy(p => p.Id).ToList();
        foreach (var person in everyone)
        {
            server.On("GET", $"/users/{person.Id}", GraphAnswer.Ok(person.AsUser()));
            var reports = chart.Where(c => c.Manager.Id == person.Id).SelectMany(c => c.Reports).Select(r => r.AsReport());
            server.On("GET", $"/users/{person.Id}/directReports", GraphAnswer.Ok(GraphShapes.DirectReports(null, [.. reports])));
            var manager = chart.FirstOrDefault(c => c.Reports.Any(r => r.Id == person.Id)).Manager;
            server.On(
                "GET",
                $"/users/{person.Id}/manager",
                manager is null
                    ? GraphAnswer.Error(404, "Request_ResourceNotFound", "Resource 'manager' does not exist.")
                    : GraphAnswer.Ok(manager.AsManager()));
        }
    }
}
