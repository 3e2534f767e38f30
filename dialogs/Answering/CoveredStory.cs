using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How long before anyone noticed the explosives were missing" is not answered by "dug for five months" in a story that
/// never speaks of explosives: when the best-ranked sentence holds every asked word, an answer from another story that
/// nowhere holds one of those words answers a question about something else. When no sentence holds them all, a story
/// holding them all still answers before one lacking one ("how many passengers did the closures hit").
/// </summary>
public sealed class CoveredStory
{
    private readonly ArticleStories _stories;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the filter.</summary>
    public CoveredStory(ArticleStories stories, Vocabulary vocabulary)
    {
        _stories = stories;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// The candidates without those of other stories than the best sentence's that lack an asked word; when no ranked
    /// sentence holds every asked word, without those of any story lacking one, if a story holding them all still answers.
    /// </summary>
    public List<AnswerCandidate> Without(List<AnswerCandidate> candidates, IReadOnlyList<RankedSentence> ranked, UnderstoodMessage message)
    {
        if (ranked.Count == 0) return candidates;
        var asked = AskedWords.Of(message, _vocabulary).Wide;
        var full = ranked[0].TermCoverage >= 1.0;
        var lacking = ranked.Select(r => r.Sentence.ArticleId).Where(a => !full || a != ranked[0].Sentence.ArticleId).Distinct().Where(a => Lacks(a, asked)).ToHashSet();
        var dropped = ranked.Where(r => lacking.Contains(r.Sentence.ArticleId)).Select(r => r.Sentence.Id).ToHashSet();
        var kept = candidates.Where(c => !dropped.Contains(c.SentenceId)).ToList();
        // "Roughly how many passengers did the closures hit": no sentence says it all, but only one story speaks of closures.
        return full || kept.Count > 0 ? kept : candidates;
    }

    private bool Lacks(string articleId, string[][] asked)
    {
        var terms = _stories.TermsOf(articleId);
        return asked.Any(words => !words.Any(terms.Contains));
    }
}
