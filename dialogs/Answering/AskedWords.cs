using System.Runtime.CompilerServices;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What the question asks about, worked out once per question rather than once per sentence: each topical term's
/// words without and with WordNet, each soft term's words (a why-question's scene-setting words among them), the described entities' nouns, the entities, whether it asks about what is still to happen or about an earlier time, the places it may find in its story's scene (<see cref="AskedScenes"/>), which topical terms name the story (<see cref="StoryPhrase"/>), which a scene place modifies (<see cref="ScenePhrase"/>), the noun right after each named place or thing (<see cref="NounsNamedWith"/>), and the nouns it qualifies with a word (<see cref="ForeignModifiers"/>), the places it names as owners ("Tarnia's minister"), the entities it names by name or by their name's first words ("the Tarnby dock suspects" for Tarnby Dock Authority), and, when it asks about a done event ("what did the court decide"), its terms, none of which a sentence may hold only as still to come.
/// </summary>
public sealed record AskedWords(string[][] Own, string[][] Wide, string[][] Soft, Dictionary<int, string> Described, IReadOnlyList<int> EntityIds, bool AsksAhead, bool AsksEarlier, HashSet<int> Settings, bool[] NamesStory, bool[] NamesScene, Dictionary<int, IReadOnlyList<string>> NamedWith, (string Modifier, string Noun)[] QualifiedNouns, HashSet<int> Owners, HashSet<int> ByName, string[] DoneVerbs)
{
    private static readonly string SinceStem = TermAnalyzer.Stem("since");

    private static readonly ConditionalWeakTable<UnderstoodMessage, Tuple<Vocabulary, AskedWords>> Worked = new();

    /// <summary>
    /// Expands the question's terms; WordNet's words only when it wants a typed answer or a yes or no. Worked out once per
    /// message: the ranker and the answer filters after it each ask again.
    /// </summary>
    public static AskedWords Of(UnderstoodMessage message, Vocabulary vocabulary)
    {
        if (Worked.TryGetValue(message, out var worked) && worked.Item1 == vocabulary) return worked.Item2;
        var words = WorkOut(message, vocabulary);
        Worked.AddOrUpdate(message, Tuple.Create(vocabulary, words));
        return words;
    }

    private static AskedWords WorkOut(UnderstoodMessage message, Vocabulary vocabulary)
    {
        var wide = message.WidensWords;
        var topical = message.Terms.Where(t => !vocabulary.IsSoft(t) && !message.ContextTerms.Contains(t)).ToList();
        // "When does the trial start" asks for a coming start: "has run since 2019" meets "start" only for a past one.
        var coming = Tense.AsksComingBeginning(message.Normalized);
        string[] Words(string term, bool widen) => vocabulary.Expand(term, widen).Where(w => !(coming && w == SinceStem)).ToArray();
        return new AskedWords(
            topical.Select(t => Words(t, false)).ToArray(),
            topical.Select(t => Words(t, wide)).ToArray(),
            message.Terms.Where(t => vocabulary.IsSoft(t) || message.ContextTerms.Contains(t)).Select(t => vocabulary.Expand(t).ToArray()).ToArray(),
            DescribedNouns(message), message.AllEntityIds.Where(id => !SetsTheScene(message, id)).ToList(), Tense.AsksAhead(message.Normalized), Tense.AsksEarlier(message.Normalized), AskedScenes.Of(message),
            topical.Select(StoryPhrase.TermsIn(message.Normalized).Contains).ToArray(), topical.Select(ScenePhrase.TermsIn(message).Contains).ToArray(), NounsAfter(message),
            ForeignModifiers.PairsIn(message.Normalized), AskedScenes.OwnersOf(message), ByNameOf(message),
            Tense.AsksDone(message.Normalized) ? message.Terms.ToArray() : Array.Empty<string>());
    }

    /// <summary>
    /// A thing asked about only by description inside a why-question's closing time clause ("why did the shop close
    /// after the bridge failed"): like the clause's words it sets the scene, and the sentence giving the reason need not name it.
    /// </summary>
    private static bool SetsTheScene(UnderstoodMessage message, int entityId)
    {
        if (message.ContextTerms.Count == 0 || message.ReferencedEntityIds.Contains(entityId)) return false;
        var at = TimeClauses.SceneStart(message.Expected, message.Original);
        var matches = message.Entities.Where(m => m.Entity.Id == entityId).ToList();
        return at >= 0 && matches.Count > 0 && matches.All(m => DescribedEntityFinder.IsDescription(m) && m.Start > at);
    }

    /// <summary>The words right after each place or thing the question names by name ("the Tarnby water plant" → water, plant).</summary>
    private static Dictionary<int, IReadOnlyList<string>> NounsAfter(UnderstoodMessage message) =>
        message.Entities.Where(m => m.Entity.Kind is EntityKind.Place or EntityKind.Other && !DescribedEntityFinder.IsDescription(m) && m.Start >= 0 && m.Start + m.Length <= message.Original.Length)
            .Select(m => (m.Entity.Id, Words: NounsNamedWith.WordsAfter(message.Original.ToLowerInvariant(), m.Start + m.Length)))
            .Where(p => p.Words.Count > 0).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Words);

    /// <summary>
    /// The entities the question names by name, or by their name's first word ("the tarnby dock suspects" for Tarnby Dock
    /// Authority), not by a noun alone ("the authority"): a story that never names them cannot be the one asked about.
    /// </summary>
    private static HashSet<int> ByNameOf(UnderstoodMessage message) =>
        message.Entities.Where(m => !DescribedEntityFinder.IsDescription(m) || FirstWord(m.Surface) == FirstWord(m.Entity.Name)).Select(m => m.Entity.Id).ToHashSet();

    private static string? FirstWord(string text) =>
        text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "the").FirstOrDefault();

    /// <summary>Entities asked about by description ("the committee"), with the noun a sentence may name them by instead.</summary>
    private static Dictionary<int, string> DescribedNouns(UnderstoodMessage message) =>
        message.Entities.Where(m => DescribedEntityFinder.IsDescription(m) && !SetsTheScene(message, m.Entity.Id))
            .Select(m => (m.Entity.Id, Noun: TermAnalyzer.Terms(m.Surface).LastOrDefault()))
            .Where(p => p.Noun is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Noun!);
}
