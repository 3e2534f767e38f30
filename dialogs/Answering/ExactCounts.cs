using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Police searched dozens of farms …" then "Officers searched all 42 of the farms": a vague count ("dozens of",
/// "hundreds of") is no answer to "how many farms" when a sentence of the same story that covers the question as well
/// counts the same noun exactly. One that covers less may count other farms ("dozens were raided; all 42 were later sold").
/// </summary>
public sealed class ExactCounts
{
    private static readonly HashSet<string> VagueWords = new(StringComparer.OrdinalIgnoreCase) { "dozens", "hundreds", "thousands", "millions", "billions" };

    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the rule.</summary>
    public ExactCounts(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The candidates, with an exact count of the same noun first when the top one is vague.</summary>
    public List<AnswerCandidate> Before(List<AnswerCandidate> candidates, UnderstoodMessage message, IReadOnlyList<RankedSentence> ranked)
    {
        if (message.Expected != AnswerKind.Number || candidates.Count < 2 || QuantityOf(candidates[0]) is not { } vague || !IsVague(vague)) return candidates;
        var story = _knowledge.Sentence(candidates[0].SentenceId).ArticleId;
        var noun = TermAnalyzer.Stem(vague.Unit.ToLowerInvariant());
        var coverage = Coverage(candidates[0], ranked);
        var exact = candidates.Skip(1).FirstOrDefault(c => _knowledge.Sentence(c.SentenceId).ArticleId == story && Coverage(c, ranked) >= coverage
            && QuantityOf(c) is { } q && !IsVague(q) && q.Kind == "number" && TermAnalyzer.Stem(q.Unit.ToLowerInvariant()) == noun);
        return exact is null ? candidates : [exact with { Score = candidates[0].Score }, .. candidates.Where(c => !ReferenceEquals(c, exact))];
    }

    private static double Coverage(AnswerCandidate candidate, IReadOnlyList<RankedSentence> ranked) =>
        ranked.FirstOrDefault(r => r.Sentence.Id == candidate.SentenceId)?.TermCoverage ?? 0;

    private static bool IsVague(Quantity quantity) => quantity.Modifier is { } modifier && VagueWords.Contains(modifier);

    private Quantity? QuantityOf(AnswerCandidate candidate) =>
        _knowledge.QuantitiesIn(candidate.SentenceId).FirstOrDefault(q => q.Text == candidate.Text);
}
