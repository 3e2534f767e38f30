using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How long were the sailors held in custody": "freed after 41 days in custody" says it, though the sentence may call
/// them otherwise and never say "held". A length of time followed by "in" and the asked state answers the question when
/// no sentence covering more of its words does.
/// </summary>
public sealed class StatedSpans
{
    private const int SentencesToSearch = 20;
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the finder.</summary>
    public StatedSpans(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>True for "how long …" and "how many days/weeks …" questions.</summary>
    public static bool Asks(UnderstoodMessage message) =>
        message.Expected == AnswerKind.Duration
        || (message.Expected == AnswerKind.Number && message.Normalized.StartsWith("how many", StringComparison.Ordinal) && message.HeadNoun is "day" or "week" or "month" or "year" or "hour");

    /// <summary>The spans "in" an asked state ("41 days in custody") of the best-ranked sentences that say the state.</summary>
    public IEnumerable<AnswerCandidate> Find(UnderstoodMessage message, IEnumerable<RankedSentence> sentences) =>
        sentences.Take(SentencesToSearch).Where(r => r.TermCoverage > 0).SelectMany(r => _knowledge.QuantitiesIn(r.Sentence.Id)
            .Where(q => q.Kind == "duration" && InAskedState(r.Sentence.Text, q, message))
            .Select(q => new AnswerCandidate(q.Text, r.Sentence.Id, r.Score)));

    private static bool InAskedState(string sentence, Quantity quantity, UnderstoodMessage message)
    {
        var after = QuantityContext.Around(sentence, quantity).After;
        return after.Length >= 2 && after[0] == "in" && message.Terms.Contains(TermAnalyzer.Stem(after[1].Trim(',', '.', ';', ':').ToLowerInvariant()));
    }
}
