namespace TeamsCadenceBot.Teams.Tests.Connector;

internal sealed class SingleHandlerHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler _handler = new();

    public List<string> RequestedNames { get; } = [];

    public HttpClient CreateClient(string name)
    {
        RequestedNames.Add(name);
        return new HttpClient(_handler, disposeHandler: false);
    }

    public void Dispose() => _handler.Dispose();
}
