using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A "case" or "piece" that closes a phrase naming the story at the end of the question or of its opening clause ("who
/// got burned in the czech case", "in the 2017 iraq piece, who …", "what's the boat in the smuggling case called") only points at the story: the answering sentence
/// need not say it, though one that does ranks first. Elsewhere the noun is the topic ("what is the case being treated as", "the 2021 water plant case from").
/// </summary>
public static partial class FramingNouns
{
    [GeneratedRegex(@"\b(?:in|on|about|of|from) the (?:[a-z0-9'-]+ ){1,4}(case|piece)(?=,|$| (?:called|named)$)")]
    private static partial Regex ClosingNoun();

    // "What is the NCOC in the theft case" asks what a name means: the story's own words must still single out the sentence
    // ("what's the trawler in the jamming case called" asks a name, and the case only frames it).
    [GeneratedRegex(@"^what(?:'s|s| is| was)\b(?!.* (?:called|named)$)")]
    private static partial Regex AsksWhatItIs();

    // "what's REN in the poisoning story": a phrase closing the question that only says which story it is about.
    [GeneratedRegex(@"^(?<core>.+?),? (?:in|from|of|on) (?:the|that|this) (?<words>(?:[a-z0-9'-]+ ){1,4})(?:story|case|article|report|piece|affair|news)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingStoryPhrase();

    /// <summary>
    /// The question without a phrase ending it that only locates the story ("what does CPD stand for | in the hoax story"),
    /// and that phrase's words, or null when it ends in no such phrase.
    /// </summary>
    public static (string Core, string StoryWords)? WithoutStoryPhrase(string question) =>
        ClosingStoryPhrase().Match(question.TrimEnd('?', '.', '!', ' ')) is { Success: true } m ? (m.Groups["core"].Value, m.Groups["words"].Value.Trim()) : null;

    /// <summary>The stems of the framing nouns in the normalised question (empty when none).</summary>
    public static IEnumerable<string> In(string normalized) =>
        AsksWhatItIs().IsMatch(normalized) ? Enumerable.Empty<string>() : ClosingNoun().Matches(normalized).Select(m => TermAnalyzer.Stem(m.Groups[1].Value));
}
