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

    /// <summary>True when the question qualifies a noun the sentence holds with a word only other articles use.</summary>
    public static bool Contradict(string normalizedQuestion, Sentence sentence, HashSet<string> sentenceTerms, ArticleStories stories)
    {
        var words = normalizedQuestion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (!Determiners.Contains(words[i])) continue;
            var (modifier, noun) = (Term(words[i + 1]), Term(words[i + 2]));
            if (modifier is null || noun is null || !sentenceTerms.Contains(noun)) continue;
            if (!stories.ArticleUses(sentence, modifier) && stories.OtherArticleSays(sentence, modifier, noun)) return true;
        }

        return false;
    }

    /// <summary>The word's term, or null for a function word or a number.</summary>
    private static string? Term(string word) =>
        word.Any(char.IsDigit) ? null : TermAnalyzer.Terms(word) is [var term] ? term : null;
}
