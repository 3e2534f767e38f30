using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How old is the driver" when one story gives two drivers their own ages in two sentences ("the first driver, a
/// 40-year-old …" / "the second driver, a 52-year-old …"): the question does not say which, so both ages are offered
/// rather than the better-ranked one alone.
/// </summary>
public sealed class AgedRivals
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly AgedNouns _aged;

    /// <summary>Creates the rule.</summary>
    public AgedRivals(IBriefingKnowledge knowledge, AgedNouns aged)
    {
        _knowledge = knowledge;
        _aged = aged;
    }

    /// <summary>The outcome with the other age of the asked noun in the same story as an alternative; unchanged otherwise.</summary>
    public AnswerOutcome Widen(AnswerOutcome outcome, IReadOnlyList<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (outcome is not { Answer: { } best, IsAmbiguous: false } || AgedNouns.AskedNouns(message) is not { } asked || !_aged.Describes(best, asked)) return outcome;
        var article = _knowledge.Sentence(best.SentenceId).ArticleId;
        var rival = candidates.FirstOrDefault(c => c.SentenceId != best.SentenceId && c.Text != best.Text
            && _knowledge.Sentence(c.SentenceId).ArticleId == article && _aged.Describes(c, asked));
        return rival is null ? outcome : outcome with { Alternatives = [best, rival] };
    }
}
