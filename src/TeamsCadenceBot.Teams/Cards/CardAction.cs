using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Cards;

/// <summary>A button on a card.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    /// <summary>The button's text.</summary>
    public string? Title { get; init; }

    /// <summary><c>default</c>, <c>positive</c> or <c>destructive</c>.</summary>
    public string? Style { get; init; }

    /// <summary>An id, unique in the card.</summary>
    public string? Id { get; init; }
}

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/>,
/// <see cref="Data"/> and the card's input values, and shows the card the bot answers with.
/// </summary>
/// <param name="Verb">What the bot should do.</param>
public sealed record ExecuteAction(string Verb) : CardAction
{
    /// <summary>Data sent back with the inputs; an object serialized with its runtime type.</summary>
    public object? Data { get; init; }

    /// <summary>Limits which inputs are validated and sent: <c>none</c> or the ids.</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>An older action sent as a message with a <c>value</c>; prefer <see cref="ExecuteAction"/>.</summary>
public sealed record SubmitAction : CardAction
{
    /// <summary>Data sent back with the inputs.</summary>
    public object? Data { get; init; }
}

/// <summary>Opens a web address.</summary>
/// <param name="Url">The address.</param>
public sealed record OpenUrlAction(string Url) : CardAction;

/// <summary>Shows a nested card below the buttons.</summary>
/// <param name="Card">The nested card; it inherits the outer card's schema and version.</param>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction
{
    /// <summary>The nested card, without the schema and version only a top-level card carries.</summary>
    public AdaptiveCard Card { get; init; } = Card with { Schema = null, Version = null };
}

/// <summary>Shows or hides elements by id.</summary>
/// <param name="TargetElements">The ids of the elements.</param>
public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : CardAction;
