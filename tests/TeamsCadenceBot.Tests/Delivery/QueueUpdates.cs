using System.Collections.Concurrent;
using System.Globalization;
using System.Web;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsCadenceBot.Tests.Delivery;

/// <summary>
/// Records the visibility timeout of every message update the queue client makes (a PUT with a pop receipt),
/// so that a test can see how long a message was hidden without waiting for the queue service's real clock.
/// </summary>
internal sealed class QueueUpdates : HttpPipelinePolicy
{
    public ConcurrentQueue<TimeSpan> Visibilities { get; } = new();

    /// <summary>Sends every update with a zero visibility timeout, so the message is received again at once.</summary>
    public bool ShowAtOnce { get; set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Record(message);
        await ProcessNextAsync(message, pipeline);
    }

    private void Record(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Put)
        {
            return;
        }

        var query = HttpUtility.ParseQueryString(message.Request.Uri.Query);
        if (query["popreceipt"] is not null && query["visibilitytimeout"] is { } seconds)
        {
            Visibilities.Enqueue(TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture)));
            if (ShowAtOnce)
            {
                query["visibilitytimeout"] = "0";
                message.Request.Uri.Query = "?" + query;
            }
        }
    }
}
