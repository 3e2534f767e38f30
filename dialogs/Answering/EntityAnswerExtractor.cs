using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers who / which group / where questions with the entities a sentence names, leaving out those the question
/// itself names. Speakers of matching statements come first. When a sentence only says "the two groups" or "they",
/// the entities of the sentences just before it are used.
/// </summary>
public sealed class EntityAnswerExtractor : IAnswerExtractor
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly AnsweringOptions _options;
    private readonly AnswerEntities _entities;
    private readonly VerbClauses _clauses;
    private readonly PlacesOfOrigin _origins;

    /// <summary>Creates the extractor.</summary>
    public EntityAnswerExtractor(IBriefingKnowledge knowledge, EntityDescriber describer, AnsweringOptions options, AnswerEntities entities, VerbClauses clauses, PlacesOfOrigin origins)
    {
        _origins = origins;
        _clauses = clauses;
        _knowledge = knowledge;
        _describer = describer;
        _options = options;
        _entities = entities;
    }

    /// <inheritdoc />
    public bool Handles(AnswerKind kind) => kind is AnswerKind.Person or AnswerKind.Organization or AnswerKind.Place or AnswerKind.Entity or AnswerKind.Thing;

    /// <inheritdoc />
    public IEnumerable<AnswerCandidate> Extract(UnderstoodMessage message, RankedSentence ranked)
    {
        var asked = message.AllEntityIds.ToHashSet();
        var found = _entities.In(ranked.Sentence.Id, message, asked);
        // "What is his print shop called": a name is written where the thing is, so "he has run a print shop" names none.
        var asksName = AnswerKindPatterns.NameOf().IsMatch(message.Normalized);
        if (asksName) found = found.Where(e => _knowledge.MentionsIn(ranked.Sentence.Id).Any(m => m.EntityId == e.Id && !m.IsResolvedReference)).ToList();
        if (CalledNoun.Of(message) is { } noun)
            found = found.Where(e => _knowledge.MentionsIn(ranked.Sentence.Id).Any(m => m.EntityId == e.Id && CalledNames.Names(ranked.Sentence, noun, m))).ToList();
        if (found.Count == 0 && message.Expected != AnswerKind.Place && Anaphora.RefersBack(ranked.Sentence.Text) && !(message.Expected == AnswerKind.Person && ResolvesItsPronoun(ranked.Sentence))
            && !asksName) found = LookBack(ranked.Sentence, message, asked);
        if (message.Expected == AnswerKind.Place)
        {
            var mentions = _knowledge.MentionsIn(ranked.Sentence.Id);
            // Not a place of another's event: one after an opening "after …" clause naming the asked person alone, or one of a
            // sentence never using the asked verb that another sentence tells with a date.
            found = found.Where(e => mentions.Where(m => m.EntityId == e.Id).ToList() is var own && !IncidentalPlaces.Only(ranked.Sentence, own, message)
                && !DestinationPlaces.Only(ranked.Sentence, own, message) && !OriginPlaces.Only(ranked.Sentence, own, message) && AskedPlaceKind.Fits(e, message)
                && !own.All(m => _clauses.AskedOnlyInLeadingClause(ranked.Sentence, m.Start, message)) && !_clauses.ToldElsewhere(ranked.Sentence, message)
                && (!PlacesOfOrigin.Asks(message) || _origins.Follows(ranked.Sentence, e)) && !(PlacesOfOrigin.AsksDestination(message) && _origins.Follows(ranked.Sentence, e))).ToList();
        }
        if (found.Count == 0) yield break;

        // "Where were they detained?": a place in the clause of "detained" comes before one nearer other words.
        var inClause = message.Expected == AnswerKind.Place ? found.Where(e => InVerbClause(ranked.Sentence, e, message)).ToHashSet() : new HashSet<Entity>();
        found = found.OrderByDescending(inClause.Contains).ToList();
        var wanted = AnswerKindClassifier.IsPlural(message.Normalized) ? found.Take(3).ToList() : found.Take(1).ToList();
        var text = string.Join(" and ", wanted.Select(e => _describer.NameWithRole(e)));
        yield return new AnswerCandidate(text, ranked.Sentence.Id, ranked.Score) { EntityIds = wanted.Select(e => e.Id).ToList(), InVerbClause = inClause.Contains(wanted[0]) };
    }

    private bool InVerbClause(Sentence sentence, Entity place, UnderstoodMessage message) =>
        _knowledge.MentionsIn(sentence.Id).Where(m => m.EntityId == place.Id).Any(m => _clauses.Fits(sentence, m.Start, message) == true);

    /// <summary>
    /// "She said her ministry would …" whose "she" the store already resolved to a person (a speaker the question does not
    /// want): the sentences before do not say who else "she" is, so they answer no who-question from it.
    /// </summary>
    private bool ResolvesItsPronoun(Sentence sentence) =>
        _knowledge.MentionsIn(sentence.Id).Any(m => m.IsResolvedReference && _knowledge.Entity(m.EntityId).Kind == EntityKind.Person);

    /// <summary>The entities of the sentences just before, most often found first.</summary>
    private List<Entity> LookBack(Sentence sentence, UnderstoodMessage message, HashSet<int> asked)
    {
        var previous = _knowledge.SentencesOf(sentence.ArticleId)
            .Where(s => s.Index < sentence.Index && s.Index >= sentence.Index - _options.LookBackSentences)
            .OrderByDescending(s => s.Index);
        var byMentions = previous.SelectMany(s => _entities.In(s.Id, message, asked))
            .GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Select(g => g.First());
        return byMentions.ToList();
    }
}
