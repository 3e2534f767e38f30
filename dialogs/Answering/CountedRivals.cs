using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many forged permits did officers recover" when one story counts "140 forged permits" in one sentence and
/// "35 forged permits" in another, and every asked word of the chosen count's sentence is in the other's too (neither
/// has the asked verb "seize" the first would alone): the question does not say which count, so both are offered. A count of a lone noun ("12 people") is too common to tie two.
/// </summary>
public sealed class CountedRivals
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the rule.</summary>
    public CountedRivals(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The outcome with the other count of the same counted words in the same story as an alternative; unchanged otherwise.</summary>
    public AnswerOutcome Widen(AnswerOutcome outcome, IReadOnlyList<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (outcome is not { Answer: { } best, IsAmbiguous: false } || message.Expected != AnswerKind.Number
            || !message.Normalized.StartsWith("how many", StringComparison.Ordinal) || Counted(best.Text) is not { } counted) return outcome;
        var article = _knowledge.Sentence(best.SentenceId).ArticleId;
        var asked = Covered(best, message);
        var rival = candidates.FirstOrDefault(c => c.SentenceId != best.SentenceId && c.Text != best.Text && Counted(c.Text) == counted
            && _knowledge.Sentence(c.SentenceId).ArticleId == article && Covered(c, message).IsSupersetOf(asked));
        return rival is null ? outcome : outcome with { Alternatives = [best, rival] };
    }

    /// <summary>The words after the number of a count of two or more words ("forged permits" of "140 forged permits"), or null.</summary>
    private static string? Counted(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words[0].Any(char.IsDigit) ? string.Join(' ', words[1..]) : null;
    }

    private HashSet<string> Covered(AnswerCandidate candidate, UnderstoodMessage message) =>
        message.Terms.Where(_knowledge.Sentence(candidate.SentenceId).Terms.Contains).ToHashSet();
}
