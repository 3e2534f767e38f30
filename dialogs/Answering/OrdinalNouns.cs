using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The third man police want" is told apart from the others only by "third": a sentence that never says the ordinal is
/// about one of the others (the spokeswoman who spoke of the first two), so it answers nothing about him. "First" and
/// "last" are left out: a story's first attack is often just "the attack".
/// </summary>
public static partial class OrdinalNouns
{
    /// <summary>True when the question asks "the second/third/… noun" and the sentence never writes that ordinal.</summary>
    public static bool Miss(string normalizedQuestion, string sentence) =>
        AskedOrdinal().Match(normalizedQuestion) is { Success: true } asked
        && !Regex.IsMatch(sentence, $@"\b{asked.Groups["ordinal"].Value}\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\bthe (?<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) [a-z]+")]
    private static partial Regex AskedOrdinal();
}
