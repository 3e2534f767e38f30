using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The third man police want" is told apart from the others only by "third": a sentence that never says the ordinal is
/// about one of the others (the spokeswoman who spoke of the first two), so it answers nothing about him. "First" and
/// "last" are left out: a story's first attack is often just "the attack".
/// </summary>
public static partial class OrdinalNouns
{
    /// <summary>The ordinal of "the second/third/… noun" the question asks about, or null; read once per question.</summary>
    public static string? Asked(string normalizedQuestion) =>
        AskedOrdinal().Match(normalizedQuestion) is { Success: true } asked ? asked.Groups["ordinal"].Value : null;

    /// <summary>True when an ordinal is asked and the sentence never writes it.</summary>
    public static bool Miss(string? askedOrdinal, string sentence) =>
        askedOrdinal is not null && !Regex.IsMatch(sentence, $@"\b{askedOrdinal}\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\bthe (?<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) [a-z]+")]
    private static partial Regex AskedOrdinal();
}
