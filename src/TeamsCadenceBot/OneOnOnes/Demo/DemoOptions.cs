using System.ComponentModel.DataAnnotations;

namespace TeamsCadenceBot.OneOnOnes.Demo;

/// <summary>The <c>Demo</c> section: the local demo team, honoured only in the Development environment.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds the demo team and offers the demo commands; ignored outside Development.</summary>
    public bool Enabled { get; set; }

    /// <summary>The tenant the Agents Playground sends; only its turns seed the demo team.</summary>
    [Required]
    public string PlaygroundTenantId { get; set; } = DemoTeam.PlaygroundTenantId;

    /// <summary>How far ahead <c>demo 1:1 now</c> starts the meeting it runs.</summary>
    [Range(typeof(TimeSpan), "00:02:00", "01:00:00")]
    public TimeSpan StartIn { get; set; } = TimeSpan.FromMinutes(5);
}
