using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "The ferry operator" is not the operator of a story that never speaks of ferries: when the question puts a word
/// before a noun ("the ferry operator"), the sentence holds the noun, the sentence's article never uses that word and
/// another article says the two words together, the sentence is about another story's noun. A pair no other article
/// says ("the big drone") is a paraphrase, left to coverage.
/// </summary>
public static class ForeignModifiers
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their", "this", "that" };

    /// <summary>The question's (word, noun) pairs after a determiner, as terms ("the ferry operator" → ferri, oper); once per question.</summary>
    public static (string Modifier, string Noun)[] PairsIn(string normalizedQuestion)
    {
        var words = normalizedQuestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pairs = new List<(string, string)>();
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (Determiners.Contains(words[i]) && Term(words[i + 1]) is { } modifier && Term(words[i + 2]) is { } noun) pairs.Add((modifier, noun));
        }

        return pairs.ToArray();
    }

    /// <summary>True when a pair's noun is in the sentence, its word never in the sentence's article, and another article says the two together.</summary>
    public static bool Contradict(IEnumerable<(string Modifier, string Noun)> pairs, Sentence sentence, HashSet<string> sentenceTerms, ArticleStories stories) =>
        pairs.Any(p => sentenceTerms.Contains(p.Noun) && !stories.ArticleUses(sentence, p.Modifier) && stories.OtherArticleSays(sentence, p.Modifier, p.Noun));

    /// <summary>The word's term, or null for a function word or a number.</summary>
    private static string? Term(string word) =>
        word.Any(char.IsDigit) ? null : TermAnalyzer.Terms(word) is [var term] ? term : null;
}
