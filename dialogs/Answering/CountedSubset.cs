using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many of the passports were Italian ones": a count of some of them is told only by a sentence that says which
/// ones ("Italian"); the count of all the passports answers another question.
/// </summary>
public static partial class CountedSubset
{
    /// <summary>True unless the question counts a part of something and the sentence (<paramref name="sentenceTerms"/>) never names the part.</summary>
    public static bool Tells(UnderstoodMessage message, IReadOnlySet<string> sentenceTerms, Vocabulary vocabulary)
    {
        var asked = SubsetQuestion().Match(message.Normalized);
        return !asked.Success || vocabulary.Expand(TermAnalyzer.Stem(asked.Groups["part"].Value), true).Any(sentenceTerms.Contains);
    }

    [GeneratedRegex(@"^how many of (?:the |those |these |them |its |their )?[a-z' -]+? (?:were|are|was|is) (?:from |in )?(?<part>[a-z-]{3,})(?: ones?)?$")]
    private static partial Regex SubsetQuestion();
}
