using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The clerk owed a card club 40,000 crowns, which detectives think was his motive for agreeing": a sentence that names,
/// with the noun "reason" or "motive", the reason for an asked word ("why did the clerk agree to sell the permits") gives
/// the reason as a whole, though it leaves the act's other words to its story. It answers a why-question before a clause of
/// a covering sentence when its story holds every asked word.
/// </summary>
public sealed partial class ReasonNounSentences
{
    private readonly ArticleStories _stories;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the reader.</summary>
    public ReasonNounSentences(ArticleStories stories, Vocabulary vocabulary)
    {
        _stories = stories;
        _vocabulary = vocabulary;
    }

    /// <summary>True when the text names the reason for or behind one of the question's own words.</summary>
    public static bool NamesReasonFor(string text, UnderstoodMessage message) =>
        ReasonFor().Matches(text).Any(m => message.Terms.Contains(TermAnalyzer.Stem(m.Groups["word"].Value.ToLowerInvariant())));

    /// <summary>The test of a ranked sentence: it meets the constraints, names the reason for an asked word, and its story holds every asked word.</summary>
    public Func<RankedSentence, bool> Covers(UnderstoodMessage message)
    {
        var asked = AskedWords.Of(message, _vocabulary);
        if (asked.Wide.Length == 0) return _ => false;
        return ranked =>
        {
            if (!ranked.MeetsConstraints || !NamesReasonFor(ranked.Sentence.Text, message)) return false;
            var story = _stories.TermsOf(ranked.Sentence.ArticleId);
            return asked.Wide.All(words => words.Any(story.Contains));
        };
    }

    [GeneratedRegex(@"\b(?:reason|motive)s? (?:for|behind) (?:(?:the|his|her|its|their|this|that) )?(?<word>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonFor();
}
