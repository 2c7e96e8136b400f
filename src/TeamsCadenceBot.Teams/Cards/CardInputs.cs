namespace TeamsCadenceBot.Teams.Cards;

/// <summary>The part every input shares: a label, a required flag and its error text.</summary>
public abstract record CardInput : CardElement
{
    /// <summary>The label shown above the input.</summary>
    public string? Label { get; init; }

    /// <summary>Makes the client refuse to submit without a value.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Shown when the value is missing or invalid.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary>A text field.</summary>
public sealed record TextInput : CardInput
{
    /// <summary>The initial value.</summary>
    public string? Value { get; init; }

    /// <summary>Grey text shown while empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Allows several lines.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>The longest value allowed.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the value must match.</summary>
    public string? Regex { get; init; }
}

/// <summary>A date picker; values are <c>yyyy-MM-dd</c>.</summary>
public sealed record DateInput : CardInput
{
    /// <summary>The initial value.</summary>
    public string? Value { get; init; }

    /// <summary>The earliest date allowed.</summary>
    public string? Min { get; init; }

    /// <summary>The latest date allowed.</summary>
    public string? Max { get; init; }
}

/// <summary>A time picker; values are <c>HH:mm</c>.</summary>
public sealed record TimeInput : CardInput
{
    /// <summary>The initial value.</summary>
    public string? Value { get; init; }
}

/// <summary>A number field.</summary>
public sealed record NumberInput : CardInput
{
    /// <summary>The initial value.</summary>
    public double? Value { get; init; }

    /// <summary>The smallest value allowed.</summary>
    public double? Min { get; init; }

    /// <summary>The largest value allowed.</summary>
    public double? Max { get; init; }

    /// <summary>Grey text shown while empty.</summary>
    public string? Placeholder { get; init; }
}

/// <summary>A check box.</summary>
/// <param name="Title">The text beside the box.</param>
public sealed record ToggleInput(string Title) : CardInput
{
    /// <summary>The initial value, <c>"true"</c> or <c>"false"</c>.</summary>
    public string? Value { get; init; }
}

/// <summary>A list of choices: drop-down, radio buttons, or a typeahead with <c>style: filtered</c>.</summary>
/// <param name="Choices">The choices.</param>
public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    /// <summary>The initial value; comma-separated when several may be chosen.</summary>
    public string? Value { get; init; }

    /// <summary><c>compact</c>, <c>expanded</c> or <c>filtered</c>.</summary>
    public string? Style { get; init; }

    /// <summary>Allows several choices.</summary>
    public bool? IsMultiSelect { get; init; }

    /// <summary>Grey text shown while nothing is chosen.</summary>
    public string? Placeholder { get; init; }
}

/// <summary>One choice of a <see cref="ChoiceSetInput"/>.</summary>
/// <param name="Title">What the person sees.</param>
/// <param name="Value">What the bot receives.</param>
public sealed record Choice(string Title, string Value);
