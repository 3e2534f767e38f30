using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers from other stories about as strong as the chosen one, for a question that names nothing: "how old is the
/// suspect" fits a story about a stolen van and one about a forged passport equally, and the bot asks which story is
/// meant rather than picking one. A name, or a word of one story's title (which already lifts that story's sentences),
/// leaves no rival about as strong. Every such story is offered: dropping one would hide the story the user may mean.
/// </summary>
public sealed class StoryRivals
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly AnsweringOptions _options;
    private readonly ArticleStories _stories;

    /// <summary>Creates the finder of rivals; <see cref="AnsweringOptions.StoryAmbiguityRatio"/> says what "about as strong" means.</summary>
    public StoryRivals(IBriefingKnowledge knowledge, AnsweringOptions options, ArticleStories stories)
    {
        _knowledge = knowledge;
        _options = options;
        _stories = stories;
    }

    /// <summary>The best candidate of each other article about as strong as <paramref name="best"/>, strongest first.</summary>
    public IReadOnlyList<AnswerCandidate> Of(IReadOnlyList<AnswerCandidate> candidates, AnswerCandidate best, UnderstoodMessage message)
    {
        // A name, a date or a number asked about ("what happened in 1990") ties the question to what states it.
        if (message.AllEntityIds.Any() || message.Times.Count + message.Numbers.Count > 0) return Array.Empty<AnswerCandidate>();
        var article = ArticleOf(best);
        var rivals = candidates
            .Where(c => c.Score >= best.Score * _options.StoryAmbiguityRatio && ArticleOf(c) != article)
            .GroupBy(ArticleOf).Select(g => g.MaxBy(c => c.Score)!)
            .OrderByDescending(c => c.Score)
            .ToList();
        return rivals.Count > 0 && !NamesOneStory(message, rivals.Prepend(best)) ? rivals : Array.Empty<AnswerCandidate>();
    }

    /// <summary>
    /// True when an asked word is in the title, or the title and lede, of some of the stories but not of all ("how many
    /// arrests after the bakery theft" when one story's lede is about a bakery): that word picks the story.
    /// </summary>
    private bool NamesOneStory(UnderstoodMessage message, IEnumerable<AnswerCandidate> competing)
    {
        var sentences = competing.Select(c => _knowledge.Sentence(c.SentenceId)).ToList();
        var titles = sentences.Select(_stories.TitleTermsOf).ToList();
        var ledes = sentences.Select(s => _stories.TitleTermsOf(s).Union(_stories.LedeTermsOf(s)).ToHashSet()).ToList();
        return message.Terms.Any(t => InSomeNotAll(t, titles) || InSomeNotAll(t, ledes));
    }

    private static bool InSomeNotAll(string term, List<HashSet<string>> stories) => stories.Any(s => s.Contains(term)) && !stories.All(s => s.Contains(term));

    private string ArticleOf(AnswerCandidate candidate) => _knowledge.Sentence(candidate.SentenceId).ArticleId;
}
