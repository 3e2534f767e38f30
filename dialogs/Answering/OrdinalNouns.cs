using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The third man police want" is told apart from the others only by "third": a sentence that never says the ordinal is
/// about one of the others (the spokeswoman who spoke of the first two), so it answers nothing about him. "First" and
/// "last" are left out: a story's first attack is often just "the attack"; but a sentence that says "second" or "again"
/// and never "first" is about a later one ("when did the first emails hit" is not met by "a second wave of emails hit").
/// </summary>
public static partial class OrdinalNouns
{
    /// <summary>The ordinal of "the second/third/… noun" the question asks about, or null; read once per question.</summary>
    public static string? Asked(string normalizedQuestion) =>
        AskedOrdinal().Match(normalizedQuestion) is { Success: true } asked ? asked.Groups["ordinal"].Value : null;

    /// <summary>True when an ordinal is asked and the sentence never writes it; for "first", when it writes only a later one.</summary>
    public static bool Miss(string? askedOrdinal, string sentence) =>
        askedOrdinal is not null && !Regex.IsMatch(sentence, $@"\b{askedOrdinal}\b", RegexOptions.IgnoreCase)
        && (askedOrdinal != "first" || LaterOne().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:second|third|fourth|fifth|again)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaterOne();

    [GeneratedRegex(@"\bthe (?<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) [a-z]+")]
    private static partial Regex AskedOrdinal();
}
