namespace TeamsCadenceBot.Benchmarks.Infrastructure;

/// <summary>One request to the Table service as the counting policy saw it.</summary>
/// <param name="Method">GET, POST, PUT, MERGE, PATCH or DELETE.</param>
/// <param name="Table">The table's logical name (the prefix removed), or <c>$batch</c>.</param>
/// <param name="Status">The HTTP status of the answer.</param>
/// <param name="QueryEntities">For a query, how many entities its <c>value</c> array held.</param>
/// <param name="PointRead">True for a GET of one entity by its keys that found it.</param>
/// <param name="Elapsed">From sending the request to having its answer.</param>
internal sealed record StorageCall(string Method, string Table, int Status, int QueryEntities, bool PointRead, TimeSpan Elapsed)
{
    /// <summary>Entities this call read: those a query returned, or the one a point read found.</summary>
    public int EntitiesRead => QueryEntities + (PointRead ? 1 : 0);

    public bool IsWrite => Method is not "GET" and not "HEAD";
}
