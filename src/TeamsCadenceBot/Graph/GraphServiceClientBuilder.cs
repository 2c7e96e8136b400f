using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using TeamsCadenceBot.Operations;

namespace TeamsCadenceBot.Graph;

/// <summary>Builds the Graph SDK client: the SDK's default handlers with its retry handler swapped for ours.</summary>
internal static class GraphServiceClientBuilder
{
    public static GraphServiceClient Create(
        GraphOptions options,
        TokenCredential? credential,
        TimeProvider clock,
        CadenceMetrics metrics,
        ILogger logger,
        HttpMessageHandler? transport = null)
    {
        var handlers = HandlersWithOurRetry(options, clock, metrics, logger);
        var pipeline = Microsoft.Graph.GraphClientFactory.CreatePipeline(handlers, transport ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(15),
        });
        var http = new HttpClient(pipeline) { Timeout = options.RequestTimeout };
        IAuthenticationProvider authentication = credential is null
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(
                new GraphAccessTokenProvider(credential, options.Scope, options.BaseUrl));
        return new GraphServiceClient(http, authentication, options.BaseUrl.ToString().TrimEnd('/'));
    }

    private static List<DelegatingHandler> HandlersWithOurRetry(
        GraphOptions options,
        TimeProvider clock,
        CadenceMetrics metrics,
        ILogger logger)
    {
        var handlers = Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions()).ToList();
        var index = handlers.FindIndex(h => h is RetryHandler);
        handlers.RemoveAll(h => h is RetryHandler);
        handlers.Insert(index < 0 ? 0 : index, new GraphRetryHandler(options, clock, metrics, logger));
        return handlers;
    }
}
