namespace TeamsCadenceBot.Tests.Cards;

/// <summary>What tools/validate-cards.js says about one card.</summary>
public sealed record CardValidation(
    bool Valid,
    IReadOnlyList<CardValidationEvent> Errors,
    IReadOnlyList<CardValidationEvent> Warnings);

/// <summary>One event of the official parser, or of the script's own checks (phase <c>Strict</c>).</summary>
public sealed record CardValidationEvent(string Event, string Phase, string? Element, string Message)
{
    public override string ToString() => $"{Event} on {Element ?? "card"}: {Message}";
}
