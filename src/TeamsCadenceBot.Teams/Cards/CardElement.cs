using System.Text.Json.Serialization;

namespace TeamsCadenceBot.Teams.Cards;

/// <summary>An element of a card body. Only the elements Teams renders at schema 1.5 exist.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>A unique id; required on inputs, optional elsewhere.</summary>
    public string? Id { get; init; }

    /// <summary>Extra space above the element: <c>None</c>, <c>Small</c>, <c>Medium</c>, <c>Large</c>.</summary>
    public string? Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; init; }

    /// <summary>False hides the element until an <c>Action.ToggleVisibility</c> shows it.</summary>
    public bool? IsVisible { get; init; }
}

/// <summary>A block of text; a subset of Markdown (no tables or headers in Teams).</summary>
/// <param name="Text">The text.</param>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Wraps long text instead of cutting it.</summary>
    public bool? Wrap { get; init; } = true;

    /// <summary><c>Small</c>, <c>Default</c>, <c>Medium</c>, <c>Large</c>, <c>ExtraLarge</c>.</summary>
    public string? Size { get; init; }

    /// <summary><c>Lighter</c>, <c>Default</c>, <c>Bolder</c>.</summary>
    public string? Weight { get; init; }

    /// <summary><c>Default</c>, <c>Good</c>, <c>Warning</c>, <c>Attention</c>, <c>Accent</c>, <c>Light</c>, <c>Dark</c>.</summary>
    public string? Color { get; init; }

    /// <summary>Dims the text.</summary>
    public bool? IsSubtle { get; init; }

    /// <summary>The most lines shown when wrapping.</summary>
    public int? MaxLines { get; init; }

    /// <summary><c>heading</c> marks the block as a heading for accessibility.</summary>
    public string? Style { get; init; }
}

/// <summary>Text in runs of different styles.</summary>
/// <param name="Inlines">The runs.</param>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

/// <summary>One run of a <see cref="RichTextBlock"/>.</summary>
/// <param name="Text">The text of the run.</param>
public sealed record TextRun(string Text)
{
    /// <summary>Always <c>TextRun</c>.</summary>
    public string Type { get; init; } = "TextRun";

    /// <summary><c>Lighter</c>, <c>Default</c>, <c>Bolder</c>.</summary>
    public string? Weight { get; init; }

    /// <summary>A colour name as for <see cref="TextBlock.Color"/>.</summary>
    public string? Color { get; init; }

    /// <summary>Strikes the text through, for items done.</summary>
    public bool? Strikethrough { get; init; }
}

/// <summary>Groups elements, optionally styled and with a select action.</summary>
/// <param name="Items">The grouped elements.</param>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary><c>default</c>, <c>emphasis</c>, <c>good</c>, <c>attention</c>, <c>warning</c>, <c>accent</c>.</summary>
    public string? Style { get; init; }

    /// <summary>Draws the style's background to the card's edges.</summary>
    public bool? Bleed { get; init; }
}

/// <summary>Columns side by side.</summary>
/// <param name="Columns">The columns.</param>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
/// <param name="Items">The column's elements.</param>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    /// <summary>Always <c>Column</c>.</summary>
    public string Type { get; init; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c>, a weight such as <c>"2"</c>, or pixels such as <c>"60px"</c>.</summary>
    public string? Width { get; init; }

    /// <summary><c>Top</c>, <c>Center</c>, <c>Bottom</c>.</summary>
    public string? VerticalContentAlignment { get; init; }

    /// <summary>A container style, as for <see cref="Container.Style"/>.</summary>
    public string? Style { get; init; }
}

/// <summary>Label and value pairs.</summary>
/// <param name="Facts">The pairs.</param>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>One pair of a <see cref="FactSet"/>.</summary>
/// <param name="Title">The label.</param>
/// <param name="Value">The value.</param>
public sealed record Fact(string Title, string Value);

/// <summary>An image by URL or <c>data:</c> URI.</summary>
/// <param name="Url">The image address.</param>
public sealed record Image(string Url) : CardElement
{
    /// <summary>Describes the image for screen readers.</summary>
    public string? AltText { get; init; }

    /// <summary><c>Auto</c>, <c>Stretch</c>, <c>Small</c>, <c>Medium</c>, <c>Large</c>.</summary>
    public string? Size { get; init; }
}

/// <summary>Buttons placed inside the body.</summary>
/// <param name="Actions">The buttons.</param>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
