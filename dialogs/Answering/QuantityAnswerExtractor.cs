using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers how-many, how-much and how-long questions with a sentence's quantities. The counted noun must
/// match what the question counts ("how many countries" needs "38 countries"), so a sentence with some
/// other number never answers. A count in another verb's clause is that verb's: "police detained a man, after the
/// fires stranded 9,000 passengers" does not say how many people were detained (see <see cref="VerbClauses"/>).
/// </summary>
public sealed partial class QuantityAnswerExtractor : IAnswerExtractor
{
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
        { "second", "minute", "hour", "day", "week", "month", "year", "decade", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades" };

    private static readonly HashSet<string> TimeUnitStems = TimeUnits.Select(TermAnalyzer.Stem).ToHashSet();

    private readonly IBriefingKnowledge _knowledge;
    private readonly Vocabulary _vocabulary;
    private readonly AgeHolders _ages;
    private readonly ElidedCounts _elided;
    private readonly VerbClauses _clauses;

    /// <summary>Creates the extractor.</summary>
    public QuantityAnswerExtractor(IBriefingKnowledge knowledge, Vocabulary vocabulary, VerbClauses clauses)
    {
        _knowledge = knowledge;
        _vocabulary = vocabulary;
        _clauses = clauses;
        _ages = new AgeHolders(knowledge);
        _elided = new ElidedCounts(knowledge);
    }

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Number or AnswerKind.Duration;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        if (message.Expected == AnswerKind.Number && message.Normalized.StartsWith("how many", StringComparison.Ordinal)
            && ElidedCounts.InPlace(ranked.Sentence, message.Entities.Select(e => e.Entity).Where(e => e.Kind == EntityKind.Place)) is { } placed)
        {
            yield return new AnswerCandidate(placed.Text, ranked.Sentence.Id, ranked.Score);
            yield break;
        }

        var all = _knowledge.QuantitiesIn(ranked.Sentence.Id);
        // "Over how many years" is answered by "four years", not by "22 million pounds" that comes before it.
        var quantities = CountsTimeUnits(message) ? all.Where(IsDuration) : all.Where(q => IsDuration(q) == (message.Expected == AnswerKind.Duration)
            || MeasuresAskedThing(q, ranked.Sentence.Text, message));
        var partitive = CountedParts.AsksPart(message.Normalized);
        foreach (var quantity in quantities.Where(q => Counts(q, ranked.Sentence.Text, message, partitive) && !IsPartOfAWhole(ranked.Sentence.Text, q, message)
            && !(partitive && CountedParts.IsWholeOfAPart(ranked.Sentence.Text, q, all))
            && (q.Kind != "age" || _ages.MayBeOfAsked(message, ranked.Sentence, q))
            && !(message.Expected == AnswerKind.Number && !IsDuration(q) && _clauses.CountFits(ranked.Sentence, q.Start, message) == false)))
        {
            // "How long is the canal": a length of the canal comes before how long its repair takes, as a date in the verb's clause does.
            yield return new AnswerCandidate(quantity.Text, ranked.Sentence.Id, ranked.Score) { InVerbClause = MeasuresAskedThing(quantity, ranked.Sentence.Text, message) };
        }

        if (message.Expected == AnswerKind.Number && message.HeadNoun is { } head && message.Normalized.StartsWith("how many", StringComparison.Ordinal)
            && _elided.Find(ranked.Sentence, _vocabulary.Expand(head)) is { } bare)
        {
            yield return new AnswerCandidate(bare.Text, ranked.Sentence.Id, ranked.Score);
        }
    }

    /// <summary>"Its first two frigates" counts some of them, not all: it answers only a question that says "first" too.</summary>
    private static bool IsPartOfAWhole(string sentence, Quantity quantity, UnderstoodMessage message)
    {
        var before = sentence[..Math.Clamp(quantity.Start, 0, sentence.Length)].TrimEnd().Split(' ').LastOrDefault()?.ToLowerInvariant() ?? "";
        return before is "first" or "last" or "next" or "remaining" or "another" && !message.Normalized.Contains(before, StringComparison.Ordinal);
    }

    /// <summary>"How many days were they held" counts days: a duration in days answers it.</summary>
    private static bool CountsTimeUnits(UnderstoodMessage message) =>
        message.HeadNoun is { } head && TimeUnitStems.Contains(head) && OpensWith(message.Normalized, "how many");

    /// <summary>
    /// "How long is the canal" asks a length when a sentence gives one for the thing it names ("a 40-km canal", or for "the
    /// Brill canal" "the 40-km Brill Link"): a "how long is/was the …" question read as a duration also takes that length.
    /// </summary>
    private static bool MeasuresAskedThing(Quantity quantity, string sentence, UnderstoodMessage message) =>
        message.Expected == AnswerKind.Duration && AnswerKindClassifier.AsksLengthOf(message.Normalized) is { Count: > 0 } words
        && MeasureDimensions.IsLength(quantity) && QuantityContext.Around(sentence, quantity).After.FirstOrDefault()?.Trim(',', '.', ';', ':').ToLowerInvariant() is { } next
        && words.Any(w => TermAnalyzer.Stem(w) == TermAnalyzer.Stem(next));

    internal static bool IsDuration(Quantity quantity) =>
        quantity.Kind != "age" && (quantity.Kind == "duration" || TimeUnits.Contains(quantity.Unit) || TimeUnits.Contains(quantity.Unit + "s"));

    private bool Counts(Quantity quantity, string sentence, UnderstoodMessage message, bool partitive)
    {
        var following = QuantityContext.Following(sentence, quantity, partitive);
        if (AnswerKindClassifier.AsksAge(message.Normalized) || quantity.Kind == "age") return AnswerKindClassifier.AsksAge(message.Normalized) && quantity.Kind == "age";
        if (message.Expected == AnswerKind.Duration) return (IsDuration(quantity) && !PlannedSpans.AnswerOnlyAhead(sentence, quantity, message.Normalized)) || MeasuresAskedThing(quantity, sentence, message);
        if (CountedRates.Asked(message.Normalized) is { } rate && !CountedRates.Stated(sentence, quantity, rate)) return false;
        // "By how much did fares rise" asks the size of a change ("rose by 8 percent"), whatever the question's nouns.
        if (AsksChange().IsMatch(message.Normalized)) return quantity.Kind is "percentage" or "currency" || (quantity.Unit.Length > 0 && !IsDuration(quantity));
        if (CurrencyNames.IsMoney(quantity) && NamedPayments.NamesUnasked(QuantityContext.Around(sentence, quantity).Before, message, _vocabulary)) return false;
        if (HeadNouns.AsksMoney(message.HeadNoun) || HeadNouns.AsksMoneyByVerb(message.Normalized)) return (CurrencyNames.IsMoney(quantity) || ShareOfMoney.Is(quantity, following)) && !NamedPayments.NamesOther(message.HeadNoun, following);
        if (AsksShare(message.Normalized)) return quantity.Kind == "percentage";
        if (AnswerKindClassifier.AskedDimension(message.Normalized) is { } dimension)
        {
            return quantity.Unit.Length > 0 && !IsDuration(quantity) && quantity.Kind != "percentage"
                && MeasureDimensions.Fits(dimension, quantity, QuantityContext.Around(sentence, quantity).Before.TakeLast(3).Concat(following.Split(' ')), message.Terms.Any(QuantityContext.OwnNoun(sentence, quantity).Contains));
        }
        if (message.Normalized.StartsWith("how much", StringComparison.Ordinal) && (quantity.Kind == "percentage" || CurrencyNames.IsMoney(quantity))) return true;
        var counted = QuantityContext.Counted(quantity, following);
        // "How many were arrested" names no noun: "police arrested nine people" answers it as "how many arrests" would be.
        if (string.IsNullOrEmpty(message.HeadNoun) && CountedByVerb.AskedVerb(message.Normalized) is { } verb
            && CountedByVerb.Counts(TermAnalyzer.Stem(verb), sentence, quantity, following, _vocabulary)) return true;
        // "How many frigates …" is answered by a number of frigates (or of a synonym: "nations" by "countries", or of a WordNet
        // kind: "weapons" by "firearms"), not by any number near another word of the question; "how much compensation …"
        // not by a number of passengers.
        // "About 40,000 litres of fuel in drums" counts litres: no "how many containers", though a drum is one.
        if (message.HeadNoun is { } measured && message.Normalized.StartsWith("how many", StringComparison.Ordinal) && MeasureDimensions.IsMeasure(quantity)
            && !_vocabulary.Expand(measured, true).Any(TermAnalyzer.Terms($"{quantity.Unit} {quantity.Text}").Contains)) return false;
        if (message.HeadNoun is { } head && (message.Normalized.StartsWith("how many", StringComparison.Ordinal) || message.Normalized.StartsWith("how much", StringComparison.Ordinal))) return _vocabulary.Expand(head, true).Any(counted.Contains) || CountedByVerb.Counts(head, sentence, quantity, following, _vocabulary)
                || CountedPeople.Counts(head, quantity, following, _vocabulary)
                || (AnswerKindClassifier.CountedModifier(message.Normalized) is { } modifier && counted.Contains(TermAnalyzer.Stem(modifier)));
        var nouns = message.Terms.Append(message.HeadNoun ?? "");
        return nouns.Any(counted.Contains);
    }

    /// <summary>"How many …", also after "and" or a preposition of a follow-up: "over how many years", "and for how many days".</summary>
    private static bool OpensWith(string normalized, string words) =>
        normalized.StartsWith(words, StringComparison.Ordinal) || (LeadingWord().Match(normalized) is { Success: true } lead && normalized[lead.Length..].StartsWith(words, StringComparison.Ordinal));

    [GeneratedRegex(@"^((and|over|for|in|within) )+")]
    private static partial Regex LeadingWord();

    [GeneratedRegex(@"^((and|so|but|then) )?by how much\b")]
    private static partial Regex AsksChange();

    private static bool AsksShare(string normalized) =>
        normalized.Contains("percent", StringComparison.Ordinal) || normalized.Contains("proportion", StringComparison.Ordinal)
        || normalized.Contains("what share", StringComparison.Ordinal);
}
