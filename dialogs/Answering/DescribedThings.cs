using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The thing-and-group side of <see cref="DescribedPeople"/>: "which boat rammed the pier?" over a lede saying "police
/// seized a fishing boat that rammed the pier" is answered by the one thing of that article the store calls a boat
/// ("the Sea Lark … The boat was towed"), when the sentence says a noun the article also uses for it and does not name it.
/// </summary>
public sealed class DescribedThings
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the finder.</summary>
    public DescribedThings(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
    }

    /// <summary>True when a which-question asks for a thing or group by a noun ("which vessel …", "which gang …", "what ship carried …").</summary>
    public static bool Asks(UnderstoodMessage message) =>
        message.HeadNoun is { } head && (SentenceAnswerExtractor.AsksWhich(message.Normalized) || AsksWhatNoun(message.Normalized, head))
        && message.Expected is AnswerKind.Thing or AnswerKind.Organization or AnswerKind.Any or AnswerKind.Entity;

    /// <summary>"What ship carried …" asks "which ship": the head noun right after "what".</summary>
    private static bool AsksWhatNoun(string normalized, string head) =>
        normalized.Split(' ') is [ "what", var noun, _, .. ] && TermAnalyzer.Stem(noun) == head;

    /// <summary>Whether the article calls the entity by the asked noun or one of its synonyms.</summary>
    public bool Fits(Entity entity, UnderstoodMessage message) => Nouns(entity).Overlaps(Asked(message));

    /// <summary>
    /// The described things instead of the candidates when none of these is something the article calls by the asked noun
    /// ("which boat" over "police seized a fishing boat at the pier": the boat, not the pier); else the candidates.
    /// </summary>
    public List<AnswerCandidate> InsteadOf(List<AnswerCandidate> candidates, UnderstoodMessage message, IEnumerable<RankedSentence> ranked) =>
        Asks(message) && candidates.All(c => c.EntityIds.Count > 0 && !c.EntityIds.Any(id => Fits(_knowledge.Entity(id), message))) && Find(message, ranked).ToList() is { Count: > 0 } things
            ? things : candidates;

    /// <summary>The one thing each ranked sentence describes without naming it, by the asked noun.</summary>
    public IEnumerable<AnswerCandidate> Find(UnderstoodMessage message, IEnumerable<RankedSentence> ranked)
    {
        if (!Asks(message)) yield break;
        var asked = Asked(message);
        foreach (var r in ranked)
        {
            var named = _knowledge.MentionsIn(r.Sentence.Id).Select(m => m.EntityId).ToHashSet();
            var said = r.Sentence.Terms.ToHashSet();
            var things = _knowledge.Entities.Where(e => e.Kind != EntityKind.Person && e.ArticleIds.Contains(r.Sentence.ArticleId) && !named.Contains(e.Id) && !message.AllEntityIds.Contains(e.Id))
                .Where(e => Nouns(e) is var nouns && nouns.Overlaps(asked) && nouns.Overlaps(said)).ToList();
            if (things.Count == 1) yield return new AnswerCandidate(_describer.NameWithRole(things[0]), r.Sentence.Id, r.Score) { EntityIds = new[] { things[0].Id } };
        }
    }

    private HashSet<string> Asked(UnderstoodMessage message) => _vocabulary.Expand(TermAnalyzer.Stem(message.HeadNoun!)).ToHashSet();

    /// <summary>The stemmed nouns the article uses for the entity: its descriptions' heads ("a criminal group") and its references ("the gang").</summary>
    private HashSet<string> Nouns(Entity entity) =>
        entity.Descriptions.Select(DescribedPeople.Head)
            .Concat(_knowledge.MentionsOf(entity.Id).Where(m => m.IsResolvedReference && m.Surface.Split(' ').Length == 2).Select(m => Possessor(m.Surface.Split(' ')[1].ToLowerInvariant())))
            .OfType<string>().Where(n => n.Length > 2).Select(TermAnalyzer.Stem).ToHashSet();

    private static string Possessor(string word) => word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2] : word;
}
