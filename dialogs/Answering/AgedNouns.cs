using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How old is the customer": of the ages the covering sentences give, one said of a customer ("two customers, a 62-year-old
/// man …", "a 62-year-old customer") comes before one said of somebody else ("a 31-year-old clerk"), however much better
/// the other's sentence ranks. A question naming a person is left to <see cref="AgeHolders"/>.
/// </summary>
public sealed class AgedNouns
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the rule.</summary>
    public AgedNouns(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The candidates, with the first age said of a noun the question asks about first.</summary>
    public List<AnswerCandidate> Before(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (candidates.Count < 2 || !AnswerKindClassifier.AsksAge(message.Normalized) || message.Entities.Any(e => e.Entity.Kind == EntityKind.Person)) return candidates;
        var asked = message.Terms.Where(t => t != "old").ToHashSet();
        if (Describes(candidates[0], asked)) return candidates;
        var fitting = candidates.FirstOrDefault(c => Describes(c, asked));
        return fitting is null ? candidates : [fitting with { Score = candidates[0].Score }, .. candidates.Where(c => !ReferenceEquals(c, fitting))];
    }

    /// <summary>The asked words of an age question that names no person ("how old is the driver": driver), or none.</summary>
    public static HashSet<string>? AskedNouns(UnderstoodMessage message) =>
        AnswerKindClassifier.AsksAge(message.Normalized) && !message.Entities.Any(e => e.Entity.Kind == EntityKind.Person)
            ? message.Terms.Where(t => t != "old").ToHashSet() : null;

    /// <summary>
    /// True when the words the age stands beside — the noun after it, the noun it is set beside by a comma, or the noun set
    /// beside the name it follows ("the engineer, NAME, 55,") — are asked.
    /// </summary>
    public bool Describes(AnswerCandidate candidate, HashSet<string> asked)
    {
        var sentence = _knowledge.Sentence(candidate.SentenceId).Text;
        if (_knowledge.QuantitiesIn(candidate.SentenceId).FirstOrDefault(q => q.Text == candidate.Text && q.Kind == "age") is not { } age) return false;
        var (before, after) = QuantityContext.Around(sentence, age);
        var following = after.Take(3).TakeWhile((_, i) => i == 0 || !EndsPhrase(after[i - 1]));
        var apposed = before.Length >= 2 && before[^1] is "a" or "an" or "aged" && EndsPhrase(before[^2]) ? new[] { before[^2] } : NamedNoun(before);
        return TermAnalyzer.Terms(string.Join(' ', following.Concat(apposed))).Any(asked.Contains);
    }

    /// <summary>"engineer," of "its chief engineer, Jan Horak, 55,": the noun set beside the name the age follows, or none.</summary>
    private static string[] NamedNoun(string[] before)
    {
        if (before.Length < 2 || !before[^1].EndsWith(',') || !char.IsUpper(before[^1][0])) return [];
        var k = before.Length - 2;
        while (k >= 0 && char.IsUpper(before[k][0]) && !before[k].EndsWith(',')) k--;
        return k >= 0 && before[k].EndsWith(',') && char.IsLower(before[k][0]) ? [before[k]] : [];
    }

    private static bool EndsPhrase(string word) => word[^1] is ',' or ';' or ':' or '.';
}
