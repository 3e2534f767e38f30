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
    /// <summary>Null unless the question counts a part of something; else whether a sentence's terms name the part.</summary>
    public static Func<IReadOnlySet<string>, bool>? Of(UnderstoodMessage message, Vocabulary vocabulary)
    {
        var asked = SubsetQuestion().Match(message.Normalized);
        if (!asked.Success) return null;
        var part = vocabulary.Expand(TermAnalyzer.Stem(asked.Groups["part"].Value), true).ToHashSet();
        return terms => part.Any(terms.Contains);
    }

    [GeneratedRegex(@"^how many of (?:the |those |these |them |its |their )?[a-z' -]+? (?:were|are|was|is) (?:from |in )?(?<part>[a-z-]{3,})(?: ones?)?$")]
    private static partial Regex SubsetQuestion();
}
