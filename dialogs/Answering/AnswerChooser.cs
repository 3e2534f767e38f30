using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Picks the answer among candidates, best first: several different entities of about the same strength that the
/// question did not name make it ambiguous, and the bot asks which one is meant — unless the question is about an "it"
/// the conversation gives nothing to mean: then nothing ties the choices to the question, and there is no answer.
/// Statements asked for without a name ("what did the captain say") are "about as strong" within a wider margin.
/// </summary>
public sealed class AnswerChooser
{
    private readonly AnsweringOptions _options;

    /// <summary>Creates the chooser; <see cref="AnsweringOptions.AmbiguityRatio"/> says what "about as strong" means.</summary>
    public AnswerChooser(AnsweringOptions options) => _options = options;

    /// <summary>The answer, with alternatives when it is ambiguous; none when there are no candidates.</summary>
    public AnswerOutcome Choose(IReadOnlyList<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (candidates.Count == 0) return AnswerOutcome.None;
        // Of answers about as strong, a date or place in the clause of the question's verb wins, and only its like rival it.
        var best = candidates.FirstOrDefault(c => c.InVerbClause && c.Score >= candidates[0].Score * _options.AmbiguityRatio) ?? candidates[0];
        var asked = message.AllEntityIds.ToHashSet();
        var ratio = message.Expected == AnswerKind.Quote && asked.Count == 0 ? _options.QuoteAmbiguityRatio : _options.AmbiguityRatio;
        if (best.EntityIds.Count != 1 || asked.Contains(best.EntityIds[0])) return new AnswerOutcome { Answer = best };
        var rivals = candidates
            .Where(c => c.Score >= best.Score * ratio && c.InVerbClause == best.InVerbClause && c.EntityIds.Count == 1 && !asked.Contains(c.EntityIds[0]))
            .GroupBy(c => c.EntityIds[0]).Select(g => g.First())
            .ToList();
        if (rivals.Count > 1 && message.SaysItAboutNothing && asked.Count == 0) return AnswerOutcome.None;
        return rivals.Count > 1 ? new AnswerOutcome { Answer = best, Alternatives = rivals.Take(3).ToList() } : new AnswerOutcome { Answer = best };
    }
}
