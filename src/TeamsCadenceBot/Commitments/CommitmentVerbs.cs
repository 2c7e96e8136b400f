namespace TeamsCadenceBot.Commitments;

/// <summary>The card verbs of commitments; the router sends every <c>commitments.</c> verb here.</summary>
internal static class CommitmentVerbs
{
    public const string Prefix = "commitments.";
    public const string Done = Prefix + "done";
    public const string Reschedule = Prefix + "reschedule";
    public const string Block = Prefix + "block";
    public const string Create = Prefix + "create";
}
