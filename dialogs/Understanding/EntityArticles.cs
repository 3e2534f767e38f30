using BriefingBot.Knowledge.Text;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The words of the articles that mention an entity: what a participle in a description may be checked against. Each
/// article's words are collected once and shared by every entity it mentions.
/// </summary>
public sealed partial class EntityArticles
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Dictionary<string, HashSet<string>> _words;

    /// <summary>Collects every article's analysed words.</summary>
    public EntityArticles(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        _words = knowledge.Articles.ToDictionary(a => a.Id, a => knowledge.SentencesOf(a.Id).SelectMany(s => s.Terms).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Each article's word set with the analysed nouns it writes right after "the" ("the suspect" → suspect): the
    /// things it speaks of as its own.
    /// </summary>
    public IEnumerable<(HashSet<string> Words, HashSet<string> Definite)> All() =>
        _knowledge.Articles.Select(a => (_words[a.Id], _knowledge.SentencesOf(a.Id).SelectMany(s => AfterThe().Matches(s.Text)).Select(m => TermAnalyzer.Stem(m.Groups[1].Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal)));

    /// <summary>The word sets of the articles that mention <paramref name="entity"/>.</summary>
    public IReadOnlyList<HashSet<string>> WordsOf(Entity entity) =>
        _knowledge.MentionsOf(entity.Id).Select(m => _knowledge.Sentence(m.SentenceId).ArticleId).Distinct().Select(id => _words[id]).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Tt]he\s+([a-z]+)\b")]
    private static partial System.Text.RegularExpressions.Regex AfterThe();
}
