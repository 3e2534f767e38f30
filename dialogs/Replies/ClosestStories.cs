using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Replies;

/// <summary>
/// The stories nearest to a question the briefing does not answer, to offer instead: first those that mention the people
/// or things it names, then those whose sentences best match its words — each word scored by BM25 in the article's best
/// sentence for it, so a story holding more of the words, and rarer ones, comes first.
/// </summary>
public sealed class ClosestStories
{
    // An article is offered only when it scores at least this share of the best article's: a story matching one common
    // word of the question is not as close as one matching its rare words.
    private const double ShareOfBest = 0.5;
    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the finder.</summary>
    public ClosestStories(IBriefingKnowledge knowledge, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
    }

    /// <summary>Up to <paramref name="count"/> articles, closest first; empty when none matches.</summary>
    public IReadOnlyList<Article> To(UnderstoodMessage message, int count)
    {
        var entities = message.AllEntityIds.ToList();
        var terms = message.Terms.Concat(message.ContextTerms).Where(t => !_vocabulary.IsSoft(t))
            .Concat(entities.SelectMany(id => TermAnalyzer.Terms(_knowledge.Entity(id).Name)))
            .ToHashSet();
        var scores = new Dictionary<string, double>();
        foreach (var term in terms)
        {
            foreach (var best in _knowledge.Search(new[] { term }, int.MaxValue).GroupBy(s => s.Sentence.ArticleId))
                scores[best.Key] = scores.GetValueOrDefault(best.Key) + best.Max(s => s.Score);
        }

        var ranked = scores
            .Select(p => (ArticleId: p.Key, Named: entities.Count(id => _knowledge.Entity(id).ArticleIds.Contains(p.Key)), Score: p.Value))
            .OrderByDescending(p => p.Named).ThenByDescending(p => p.Score).ThenBy(p => p.ArticleId, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0) return Array.Empty<Article>();
        return ranked.Where(p => p.Named == ranked[0].Named && p.Score >= ShareOfBest * ranked[0].Score)
            .Take(count).Select(p => _knowledge.Article(p.ArticleId)).ToList();
    }
}
