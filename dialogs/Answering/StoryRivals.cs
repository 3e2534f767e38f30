using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers from other stories about as strong as the chosen one, for a question that names nothing: "how old is the
/// suspect" fits a story about a stolen van and one about a forged passport equally, and the bot asks which story is
/// meant rather than picking one. A name, or a word of one story's title (which already lifts that story's sentences),
/// leaves no rival about as strong; a word of several of the stories' ledes leaves those. Every such story is offered:
/// dropping one would hide the story the user may mean.
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
        return rivals.Count > 0 ? Named(message, best, rivals) : rivals;
    }

    /// <summary>
    /// "How many boats were turned back": of answers about as strong from several stories, the one count that says the asked
    /// noun itself ("six boats") is meant, not one met only through a kind of it ("12 ferries") or a synonym.
    /// </summary>
    public AnswerCandidate? OnlyCountingAskedNoun(AnswerCandidate best, IReadOnlyList<AnswerCandidate> rivals, UnderstoodMessage message)
    {
        if (rivals.Count == 0 || message.Expected != AnswerKind.Number || message.HeadNoun is not { } noun) return null;
        var counting = rivals.Prepend(best).Where(c => TermAnalyzer.Terms(c.Text).Contains(noun)).ToList();
        return counting.Count == 1 ? counting[0] : null;
    }

    /// <summary>
    /// The rivals left once asked words in the title, then in the title and lede, of some of the stories but not of all
    /// narrow them down: "how many arrests after the bakery theft" keeps the one story whose lede is about a bakery, but
    /// "how old is the suspect", with "suspect" in the ledes of several stories, still asks which of those is meant.
    /// None when the words narrow them to the chosen story alone, or leave it out.
    /// </summary>
    private IReadOnlyList<AnswerCandidate> Named(UnderstoodMessage message, AnswerCandidate best, IReadOnlyList<AnswerCandidate> rivals)
    {
        var competing = rivals.Prepend(best).ToList();
        competing = Narrowed(competing, message, c => _stories.TitleTermsOf(_knowledge.Sentence(c.SentenceId)));
        competing = Narrowed(competing, message, c => _stories.LedeTermsOf(_knowledge.Sentence(c.SentenceId)));
        return competing.Contains(best) ? competing.Where(c => c != best).ToList() : Array.Empty<AnswerCandidate>();
    }

    private static List<AnswerCandidate> Narrowed(List<AnswerCandidate> competing, UnderstoodMessage message, Func<AnswerCandidate, HashSet<string>> termsOf)
    {
        foreach (var term in message.Terms)
        {
            var holding = competing.Where(c => termsOf(c).Contains(term)).ToList();
            if (holding.Count > 0 && holding.Count < competing.Count) competing = holding;
        }

        return competing;
    }

    private string ArticleOf(AnswerCandidate candidate) => _knowledge.Sentence(candidate.SentenceId).ArticleId;
}
