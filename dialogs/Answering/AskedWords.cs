using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What the question asks about, worked out once per question rather than once per sentence: each topical term's
/// words without and with WordNet, each soft term's words (a why-question's scene-setting words among them), the described entities' nouns, the entities, and whether it asks about what is still to happen.
/// </summary>
public sealed record AskedWords(string[][] Own, string[][] Wide, string[][] Soft, Dictionary<int, string> Described, IReadOnlyList<int> EntityIds, bool AsksAhead)
{
    /// <summary>Expands the question's terms; WordNet's words only when it wants a typed answer or a yes or no.</summary>
    public static AskedWords Of(UnderstoodMessage message, Vocabulary vocabulary)
    {
        var wide = message.WidensWords;
        var topical = message.Terms.Where(t => !vocabulary.IsSoft(t) && !message.ContextTerms.Contains(t)).ToList();
        return new AskedWords(
            topical.Select(t => vocabulary.Expand(t, false).ToArray()).ToArray(),
            topical.Select(t => vocabulary.Expand(t, wide).ToArray()).ToArray(),
            message.Terms.Where(t => vocabulary.IsSoft(t) || message.ContextTerms.Contains(t)).Select(t => vocabulary.Expand(t).ToArray()).ToArray(),
            DescribedNouns(message), message.AllEntityIds.ToList(), Tense.AsksAhead(message.Normalized));
    }

    /// <summary>Entities asked about by description ("the committee"), with the noun a sentence may name them by instead.</summary>
    private static Dictionary<int, string> DescribedNouns(UnderstoodMessage message) =>
        message.Entities.Where(DescribedEntityFinder.IsDescription)
            .Select(m => (m.Entity.Id, Noun: TermAnalyzer.Terms(m.Surface).LastOrDefault()))
            .Where(p => p.Noun is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Noun!);
}
