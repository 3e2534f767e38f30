using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "When was the suspect arrested" when one story tells of "the first suspect … arrested on Friday" and "the second
/// suspect … arrested on Saturday": the question does not say which, so both answers are offered rather than the
/// better-ranked one alone. A question that says the ordinal itself, or names a person, is left alone.
/// </summary>
public sealed partial class OrdinalRivals
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the rule.</summary>
    public OrdinalRivals(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The outcome with the answer of another numbered one of the asked noun in the same story as an alternative; unchanged otherwise.</summary>
    public AnswerOutcome Widen(AnswerOutcome outcome, IReadOnlyList<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (outcome is not { Answer: { } best, IsAmbiguous: false } || OrdinalNouns.Asked(message.Normalized) is not null
            || message.Entities.Any(e => e.Entity.Kind == EntityKind.Person) || Numbered(best, message) is not { } ordinal) return outcome;
        var article = _knowledge.Sentence(best.SentenceId).ArticleId;
        var rival = candidates.FirstOrDefault(c => c.SentenceId != best.SentenceId && c.Text != best.Text
            && _knowledge.Sentence(c.SentenceId).ArticleId == article && Numbered(c, message) is { } other && other != ordinal);
        return rival is null ? outcome : outcome with { Alternatives = [best, rival] };
    }

    /// <summary>The ordinal the candidate's sentence sets before an asked noun ("second" of "the second suspect"), or null.</summary>
    private string? Numbered(AnswerCandidate candidate, UnderstoodMessage message) =>
        OrdinalNoun().Matches(_knowledge.Sentence(candidate.SentenceId).Text)
            .FirstOrDefault(m => message.Terms.Contains(TermAnalyzer.Stem(m.Groups["noun"].Value.ToLowerInvariant())))?.Groups["ordinal"].Value.ToLowerInvariant();

    [GeneratedRegex(@"\bthe (?<ordinal>first|second|third|fourth|fifth) (?<noun>\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalNoun();
}
