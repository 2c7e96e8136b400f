using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Teams.Hosting;

/// <summary>Limits of the bot endpoint, bound from <c>Bot:Endpoint</c>.</summary>
public sealed class BotEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot:Endpoint";

    /// <summary>
    /// The largest request body read, in bytes; larger requests get 413. Teams caps a message at about
    /// 100 KB, so 256 KB leaves room for channel data and entities.
    /// </summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBodySize { get; set; } = 256 * 1024;
}
