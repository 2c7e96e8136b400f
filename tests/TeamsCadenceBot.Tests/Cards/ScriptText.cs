namespace TeamsCadenceBot.Tests.Cards;

/// <summary>
/// Long text in scripts that take more than a byte a character in UTF-8 (accented Latin 2, CJK 3, emoji 4 for two
/// UTF-16 units, written as two escapes), for checking cards at their size limits.
/// </summary>
internal static class ScriptText
{
    private const string Accented = "Réunion à Zürich : l'équipe révise l'offre « Øster & Søn » déjà signée. ";
    private const string Cjk = "契約書をコントソ社の法務部に送り、署名の日程を決める。";
    private const string Emoji = "Contoso 🚀📈🎉🤝💼 ";

    public static TheoryData<string> Scripts => ["accented", "cjk", "emoji"];

    /// <summary><paramref name="length"/> UTF-16 units (the length a field counts) of text in the script.</summary>
    public static string Text(string script, string start, int length)
    {
        var filler = script switch
        {
            "accented" => Accented,
            "cjk" => Cjk,
            "emoji" => Emoji,
            _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Not a script of these tests."),
        };
        var text = (start + " " + string.Concat(Enumerable.Repeat(filler, (length / filler.Length) + 1)))[..length];
        return char.IsHighSurrogate(text[^1]) ? text[..^1] + "." : text;
    }
}
