using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where was he picked up?" about Piet Holm: "officers detained Brenn Vos, … at his home in Tarnby" names another person and
/// Holm at most by a description ("after the corporal was arrested"), so it is Vos's event; its answers come after
/// those of sentences that name Holm himself or name no other person.
/// </summary>
public sealed class OtherPeoplesSentences
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the ordering.</summary>
    public OtherPeoplesSentences(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The candidates, those of other people's sentences last, when the message refers to one person by pronoun.</summary>
    public List<AnswerCandidate> Last(List<AnswerCandidate> candidates, UnderstoodMessage message)
    {
        if (!ReferencedPerson.In(message) || message.ReferencedEntityIds.Count != 1) return candidates;
        var person = message.ReferencedEntityIds[0];
        if (_knowledge.Entity(person).Kind != EntityKind.Person) return candidates;
        var others = candidates.Where(c => IsAboutAnother(c.SentenceId, person)).ToList();
        return others.Count == candidates.Count ? candidates : candidates.Except(others).Concat(others).ToList();
    }

    private bool IsAboutAnother(int sentenceId, int person)
    {
        var named = _knowledge.MentionsIn(sentenceId).Where(m => !m.IsResolvedReference).Select(m => m.EntityId).ToHashSet();
        return !named.Contains(person) && named.Any(id => _knowledge.Entity(id).Kind == EntityKind.Person);
    }
}
