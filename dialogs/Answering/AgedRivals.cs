using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How old is the driver" when one story gives two drivers their own ages in two sentences ("the first driver, a
/// 40-year-old …" / "the second driver, a 52-year-old …"): the question does not say which, so both ages are offered
/// rather than the better-ranked one alone. So are two named people's ages when the asked noun stands beside no age of
/// the story ("how old is the worker" of "a 40-year-old welder, Ivo R." and "a 52-year-old crane driver, Jan T."):
/// nothing in the question says whose. An age of the one the story names doing the asked action (see <see cref="AgedDoers"/>) has no rival.
/// </summary>
public sealed class AgedRivals
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly AgedNouns _aged;
    private readonly AgeHolders _holders;
    private readonly AgedDoers _doers;

    /// <summary>Creates the rule.</summary>
    public AgedRivals(IBriefingKnowledge knowledge, AgedNouns aged, AgedDoers doers)
    {
        _doers = doers;
        _knowledge = knowledge;
        _aged = aged;
        _holders = new AgeHolders(knowledge);
    }

    /// <summary>The outcome with the other age of the asked noun in the same story as an alternative; unchanged otherwise.</summary>
    public AnswerOutcome Widen(AnswerOutcome outcome, IReadOnlyList<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (outcome is not { Answer: { } best, IsAmbiguous: false } || AgedNouns.AskedNouns(message) is not { } asked
            || _doers.IsDoersAge(best, message)) return outcome;
        var article = _knowledge.Sentence(best.SentenceId).ArticleId;
        if (!_aged.Describes(best, asked)) return NamedRival(outcome, best, article, candidates, asked) is { } named ? outcome with { Alternatives = [best, named] } : outcome;
        var rival = candidates.FirstOrDefault(c => c.SentenceId != best.SentenceId && c.Text != best.Text
            && _knowledge.Sentence(c.SentenceId).ArticleId == article && _aged.Describes(c, asked));
        return rival is null ? outcome : outcome with { Alternatives = [best, rival] };
    }

    /// <summary>
    /// Another person's age in the story of an age the asked noun does not describe, when the noun describes no age there
    /// and at least one of the two is said of someone named (so the choice can be told apart); null otherwise.
    /// </summary>
    private AnswerCandidate? NamedRival(AnswerOutcome outcome, AnswerCandidate best, string article, IReadOnlyList<AnswerCandidate> candidates, HashSet<string> asked)
    {
        var inStory = candidates.Where(c => _knowledge.Sentence(c.SentenceId).ArticleId == article).ToList();
        if (inStory.Any(c => _aged.Describes(c, asked))) return null;
        var holder = _holders.HolderOf(best);
        return inStory.FirstOrDefault(c => c.Text != best.Text && _holders.HolderOf(c) is var other && other != holder && (holder ?? other) is not null);
    }
}
