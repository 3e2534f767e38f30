using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How did the robbers carry the crates away": a doer's noun no article uses ("robbers") still names the one story
/// that tells its verb ("the depot was robbed", "the robbing"), when only one article uses that verb. The question is then
/// asked of that story without the noun; every other asked word must still be met there.
/// </summary>
public sealed partial class DoerStories
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the finder.</summary>
    public DoerStories(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The one article telling the verb of the question's only unknown word, a doer's noun, or null.</summary>
    public string? StoryOf(UnderstoodMessage message)
    {
        if (message.UncoveredTerms.Count != 1 || Verb(message.UncoveredTerms[0], message.Normalized) is not { } verb) return null;
        var articles = _knowledge.Search(new[] { verb }, 1000).Select(s => s.Sentence.ArticleId).Distinct().Take(2).ToList();
        return articles.Count == 1 ? articles[0] : null;
    }

    /// <summary>The question without its doer's noun, as asked of the doer's story.</summary>
    public static UnderstoodMessage Without(UnderstoodMessage message) => message with
    {
        Terms = message.Terms.Where(t => t != message.UncoveredTerms[0]).ToList(),
        UncoveredTerms = Array.Empty<string>(),
    };

    /// <summary>"robbers" → "rob", "looters" → "loot": the stem of the verb of a plural "-er" noun written in the question.</summary>
    private static string? Verb(string term, string normalized)
    {
        var word = DoerNoun().Matches(normalized).Select(m => m.Groups["verb"].Value).FirstOrDefault(v => TermAnalyzer.Stem(v + "ers") == term);
        if (word is null || word.Length < 3) return null;
        // A doubled last consonant is the noun's spelling ("robb-ers"), not the verb's.
        if (word[^1] == word[^2] && !"aeiouls".Contains(word[^1])) word = word[..^1];
        return TermAnalyzer.Stem(word);
    }

    [GeneratedRegex(@"\b(?<verb>[a-z]+)ers\b")]
    private static partial Regex DoerNoun();
}
