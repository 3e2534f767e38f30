using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How much did the engraver cost": only a sentence that tells a price (cost, paid, bought, worth …) of the thing asked
/// about answers it. Cash found beside an engraver is not its price, nor is a fee paid to the woman who used a poison the
/// poison's price. ("cost" counts as a synonym of every money word, so the asked verb alone cannot tell them apart.)
/// </summary>
public static partial class AskedCost
{
    private static readonly HashSet<string> PriceTerms = TermAnalyzer.Terms(
        "cost costs costing price priced paid pay pays paying bought buy buys buying sold sell sells selling charge charged charging worth spent spend spending fee fees").ToHashSet();

    /// <summary>
    /// Null unless the question asks what something cost; else whether a sentence's terms tell a price and name the thing
    /// ("how much did it cost to …" names none, so any price will do).
    /// </summary>
    public static Func<IReadOnlySet<string>, bool>? Of(UnderstoodMessage message, Vocabulary vocabulary)
    {
        var asked = CostQuestion().Match(message.Normalized);
        if (!asked.Success) return null;
        var thing = Head(asked.Groups["thing"].Value, vocabulary) is { } head ? vocabulary.Expand(TermAnalyzer.Stem(head), true).ToHashSet() : null;
        return terms => PriceTerms.Any(terms.Contains) && (thing is null || thing.Any(terms.Contains));
    }

    /// <summary>"the club's new boat" → "boat"; "the poison used on …" → "poison"; "it" → none.</summary>
    private static string? Head(string phrase, Vocabulary vocabulary) =>
        phrase.Split(' ').TakeWhile(w => !w.EndsWith("ed") && !Prepositions.Contains(w))
            .Where(w => !w.EndsWith('\'') && !w.EndsWith("'s") && !vocabulary.IsQuestionWord(w)).LastOrDefault();

    private static readonly HashSet<string> Prepositions = new() { "on", "in", "at", "from", "by", "for", "with", "of", "to", "that", "which", "who" };

    [GeneratedRegex(@"^how much (?:did|does|do|will|would|could|might|has|had) (?<thing>.+?) (?:end up |ended up )?cost(?:s|ing)?\b")]
    private static partial Regex CostQuestion();
}
