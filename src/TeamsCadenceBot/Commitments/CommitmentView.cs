namespace TeamsCadenceBot.Commitments;

/// <summary>A commitment with what a card needs to show it to one viewer: names and the viewer's zone.</summary>
internal sealed record CommitmentView(Commitment Item, string OwnerNames, TimeZoneInfo ViewerZone);
