using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How long before anyone noticed the explosives were missing" is not answered by "dug for five months" in a story that
/// never speaks of explosives: when the best-ranked sentence holds every asked word, an answer from another story that
/// nowhere holds one of those words answers a question about something else. When no sentence holds them all, a story
/// holding them all still answers before one lacking one ("how many passengers did the closures hit"). Nor does a story
/// holding none of the words that name the story asked about (<see cref="StoryPhrase"/>: "when did the rifle smuggling probe
/// start") answer when another story holds them all: its sentence tells of something else.
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
        var words = AskedWords.Of(message, _vocabulary);
        var asked = words.Wide;
        var full = ranked[0].TermCoverage >= 1.0;
        var lacking = ranked.Select(r => r.Sentence.ArticleId).Where(a => !full || a != ranked[0].Sentence.ArticleId).Distinct().Where(a => Lacks(a, asked)).ToHashSet();
        var dropped = ranked.Where(r => lacking.Contains(r.Sentence.ArticleId)).Select(r => r.Sentence.Id).ToHashSet();
        var kept = candidates.Where(c => !dropped.Contains(c.SentenceId)).ToList();
        // "Roughly how many passengers did the closures hit": no sentence says it all, but only one story speaks of closures.
        // A typed answer's story may name the asked thing by a synonym only ("the lab results" / "laboratory tests").
        return WithoutOtherStories(full || kept.Count > 0 ? kept : candidates, ranked, words.Wide.Where((_, i) => words.NamesStory[i]).ToArray());
    }

    /// <summary>
    /// The candidates without those of stories holding none of the story-naming words, when another story holds them all.
    /// Only words that tell stories apart count: held by some story but by fewer than half of them ("first" names none),
    /// and at least two of them ("in the job" names a thing of the story rather than the story).
    /// </summary>
    private List<AnswerCandidate> WithoutOtherStories(List<AnswerCandidate> candidates, IReadOnlyList<RankedSentence> ranked, string[][] naming)
    {
        var all = _stories.ArticleIds.ToList();
        naming = naming.Where(words => all.Count(a => !Lacks(a, [words])) is var holding && holding > 0 && holding * 2 < all.Count).ToArray();
        if (naming.Length < 2 || !all.Any(a => !Lacks(a, naming))) return candidates;
        var dropped = ranked.Where(r => !HoldsAny(r.Sentence.ArticleId, naming)).Select(r => r.Sentence.Id).ToHashSet();
        return candidates.Where(c => !dropped.Contains(c.SentenceId)).ToList();
    }

    private bool HoldsAny(string articleId, string[][] asked)
    {
        var terms = _stories.TermsOf(articleId);
        return asked.Any(words => words.Any(terms.Contains));
    }

    private bool Lacks(string articleId, string[][] asked)
    {
        var terms = _stories.TermsOf(articleId);
        return asked.Any(words => !words.Any(terms.Contains));
    }
}
