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
        sentences.Where(r => r.MeetsConstraints || CallsByKind(r.Sentence, message)).Take(SentencesToSearch).Where(r => r.TermCoverage > 0).SelectMany(r => _knowledge.QuantitiesIn(r.Sentence.Id)
            .Where(q => q.Kind == "duration" && InAskedState(r.Sentence.Text, q, message))
            .Select(q => new AnswerCandidate(q.Text, r.Sentence.Id, r.Score)));

    /// <summary>
    /// A lede often calls an asked entity by its kind before naming it ("freed, the charity they work for said", named
    /// later as "Tarn Relief, a Velka-based charity"): a sentence of the entity's article that says its kind noun speaks of it.
    /// </summary>
    private bool CallsByKind(Sentence sentence, UnderstoodMessage message) => message.AllEntityIds.Any() && message.AllEntityIds.All(id =>
    {
        var mentions = _knowledge.MentionsOf(id);
        if (mentions.Any(m => m.SentenceId == sentence.Id)) return true;
        if (!mentions.Any(m => _knowledge.Sentence(m.SentenceId).ArticleId == sentence.ArticleId)) return false;
        return _knowledge.Entity(id).Descriptions.Select(d => Knowledge.Extraction.PersonNouns.NounPhrase(d).Split(' ')[^1].ToLowerInvariant())
            .Any(noun => sentence.Terms.Contains(TermAnalyzer.Stem(noun)));
    });

    private static bool InAskedState(string sentence, Quantity quantity, UnderstoodMessage message)
    {
        var after = QuantityContext.Around(sentence, quantity).After;
        return after.Length >= 2 && after[0] == "in" && message.Terms.Contains(TermAnalyzer.Stem(after[1].Trim(',', '.', ';', ':').ToLowerInvariant()));
    }
}
