using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.State;

/// <summary>Moves the conversation's focus to what was just asked about or answered, so pronouns in the next turn resolve.</summary>
public sealed class ConversationFocus
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the focus keeper.</summary>
    public ConversationFocus(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>
    /// Remembers the entities (asked about first, then answered) and the cited sentence; an answer that named no entity
    /// answered the organisation of the cited sentence whose name has the asked kind (<paramref name="askedKind"/>:
    /// "which union …" answered by a sentence naming the Union of Dock Workers).
    /// </summary>
    public void Remember(ConversationMemory memory, IEnumerable<int> asked, IEnumerable<int> answered, int? sentenceId, string? askedKind = null)
    {
        var askedList = asked.ToList();
        var answeredList = answered.ToList();
        if (answeredList.Count == 0 && askedKind is not null && sentenceId is int cited) answeredList = OrganisationsOfKind(askedKind, cited);
        var all = askedList.Concat(answeredList).Distinct().Select(_knowledge.Entity).ToList();
        var place = answeredList.Concat(askedList).Select(_knowledge.Entity).FirstOrDefault(e => e.Kind == EntityKind.Place);
        if (place is not null) memory.FocusPlaceId = place.Id;
        // "Who is Roe's lawyer?" answered Ann Lind: Roe only told whose lawyer was asked, and the next "she" is the lawyer.
        var person = answeredList.Select(_knowledge.Entity).FirstOrDefault(e => e.Kind == EntityKind.Person && e.RelatedEntityIds.Any(askedList.Contains))
            ?? all.FirstOrDefault(e => e.Kind == EntityKind.Person);
        if (person is not null) (memory.FocusPersonId, memory.FocusPersonNoun) = (person.Id, null);
        memory.AnsweredPersonIds = answeredList.Where(id => _knowledge.Entity(id).Kind == EntityKind.Person).Distinct().ToList();
        // "Which ship cut the cable?" or "what was the trawler called?" answered the Sea Lark: the next "she" or "it" is the
        // ship, not the cable or the place the question named.
        var vessel = answeredList.Select(_knowledge.Entity).FirstOrDefault(e => e.Kind == EntityKind.Vessel);
        var thing = vessel ?? AnsweredOrganisation(all, answeredList) ?? all.FirstOrDefault(e => e.Kind != EntityKind.Person);
        if (thing is not null) memory.FocusEntityId = thing.Id;
        else if (askedList.Count > 0) memory.FocusEntityId = askedList[0];
        if (sentenceId is int sentence)
        {
            memory.LastSentenceId = sentence;
            memory.StoryArticleId = _knowledge.Sentence(sentence).ArticleId;
        }
    }

    /// <summary>
    /// "Which union warned about the prison?" … "who is its president?": an organisation answered when only places were
    /// asked about is what the next "its" means; the place only set the scene.
    /// </summary>
    private Entity? AnsweredOrganisation(List<Entity> all, List<int> answered) =>
        all.Where(e => e.Kind != EntityKind.Person).All(e => e.Kind == EntityKind.Place || answered.Contains(e.Id))
            ? answered.Select(_knowledge.Entity).FirstOrDefault(e => e.Kind == EntityKind.Organization)
            : null;

    private List<int> OrganisationsOfKind(string kind, int sentenceId) =>
        _knowledge.MentionsIn(sentenceId).Where(m => !m.IsResolvedReference).Select(m => _knowledge.Entity(m.EntityId))
            .Where(e => e.Kind == EntityKind.Organization && e.Name.Split(' ').Contains(kind, StringComparer.OrdinalIgnoreCase))
            .Select(e => e.Id).Distinct().ToList();

    /// <summary>
    /// The one person an answer that names no one by id still names in its words outside quotes (a whole cited sentence:
    /// "Vice President Ann Roe said 'Bob Lee is behind it'" names Roe), or the one person its sentence names so when a
    /// person was asked for; empty otherwise, so that the person already in focus stays there.
    /// </summary>
    public IReadOnlyList<int> PersonNamedBy(string answerText, int sentenceId, bool askedForPerson)
    {
        // Someone named inside a quote is what was said, not who said it.
        var quotes = QuoteSpans.Find(TextNormalizer.Straighten(_knowledge.Sentence(sentenceId).Text));
        var named = _knowledge.MentionsIn(sentenceId)
            .Where(m => !m.IsResolvedReference && !QuoteSpans.Inside(quotes, m.Start) && _knowledge.Entity(m.EntityId).Kind == EntityKind.Person).ToList();
        var inAnswer = named.Where(m => answerText.Contains(m.Surface, StringComparison.OrdinalIgnoreCase)).Select(m => m.EntityId).Distinct().ToList();
        if (inAnswer.Count == 1) return inAnswer;
        var inSentence = named.Select(m => m.EntityId).Distinct().ToList();
        return askedForPerson && inAnswer.Count == 0 && inSentence.Count == 1 ? inSentence : Array.Empty<int>();
    }

    /// <summary>Remembers the article of choices offered back, when they all come from one ("which ship: A or B?" about one story).</summary>
    public void RememberChoices(ConversationMemory memory, IEnumerable<int> sentenceIds)
    {
        var articles = sentenceIds.Select(id => _knowledge.Sentence(id).ArticleId).Distinct().ToList();
        memory.StoryArticleId = articles.Count == 1 ? articles[0] : null;
    }
}
