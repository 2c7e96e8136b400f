using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.Deals.Import;

/// <summary>How deal files are imported; configuration section <c>Deals</c>.</summary>
internal sealed class DealImportOptions
{
    public const string Section = "Deals";

    /// <summary>How many rejected rows a report lists; all of them are counted.</summary>
    [Range(1, 10_000)]
    public int MaxListedErrors { get; set; } = 100;

    /// <summary>The largest file the HTTP endpoint accepts, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// The team's own stage names and what they mean, such as <c>Deals:Stages:Discovery Call = Discovery</c>; they
    /// add to the default Salesforce and HubSpot names, or replace their meaning.
    /// </summary>
    public Dictionary<string, DealStage> Stages { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
