using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "When were the three sailors detained": a definite count of people ("the three sailors") names a group that a story counts.
/// When some story counts that many of those people ("held three sailors"), only such stories answer: another
/// story's sentence about "the second sailor" tells of other people.
/// </summary>
public sealed class CountedGroups
{
    private static readonly string[] CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the rule.</summary>
    public CountedGroups(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
    }

    /// <summary>The stories counting the question's "the three sailors", or null when it names no such group or no story counts it.</summary>
    public IReadOnlySet<string>? StoriesOf(string normalizedQuestion)
    {
        if (Group(normalizedQuestion) is not var (count, noun)) return null;
        var stories = _knowledge.Articles
            .Where(a => _knowledge.SentencesOf(a.Id).Any(s => _knowledge.QuantitiesIn(s.Id).Any(q => q.Kind == "number" && q.Value == count && CountsNoun(q.Text, noun))))
            .Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return stories.Count == 0 ? null : stories;
    }

    private (int Count, string Noun)? Group(string normalizedQuestion)
    {
        var words = normalizedQuestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (words[i] != "the") continue;
            var count = Array.IndexOf(CountWords, words[i + 1]) + 2;
            if (count < 2 && !int.TryParse(words[i + 1], out count)) continue;
            if (words[i + 2] is "people" or "men" or "women" || _vocabulary.IsPersonNoun(words[i + 2])) return (count, TermAnalyzer.Stem(words[i + 2]));
        }

        return null;
    }

    private static bool CountsNoun(string quantityText, string noun) =>
        quantityText.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { } last && TermAnalyzer.Stem(last.Trim(',', '.', ';', ':').ToLowerInvariant()) == noun;
}
