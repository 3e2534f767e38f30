using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Answers from how entities are tied together in the store, when the question asks just that:
/// "where is X" (the place X is in or based in), "which agency does X lead" (X's organisation),
/// "who leads X" (the person whose role names X).
/// </summary>
public sealed class RelationAnswerer
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the answerer.</summary>
    public RelationAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
    }

    /// <summary>The related entity as an answer, or null when the question is not about a relation the store holds.</summary>
    public AnswerCandidate? Find(UnderstoodMessage message)
    {
        var ids = message.AllEntityIds.ToList();
        if (ids.Count != 1 || !OnlyRelationWords(message)) return null;
        var focus = _knowledge.Entity(ids[0]);
        var related = message.Expected switch
        {
            AnswerKind.Place => _describer.Related(focus, EntityKind.Place).FirstOrDefault(),
            AnswerKind.Organization when focus.Kind == EntityKind.Person => _describer.Related(focus, EntityKind.Organization).FirstOrDefault(),
            AnswerKind.Person when focus.Kind == EntityKind.Organization && message.VerbMeaning == "lead" => Leader(focus),
            _ => null,
        };
        if (related is null) return null;
        var sentenceId = _describer.SentenceNaming(focus.Id, related.Id);
        return sentenceId is int id ? new AnswerCandidate(_describer.NameWithRole(related), id, 10) { EntityIds = new[] { related.Id } } : null;
    }

    /// <summary>The person whose role leads the organisation: tied to it, or with a role that names part of it ("Committee Chairwoman").</summary>
    private Entity? Leader(Entity organization)
    {
        var orgWords = Knowledge.Text.TermAnalyzer.Terms(organization.Name).ToHashSet();
        return _knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .Select(e => (Entity: e, Role: e.Roles.Select(Knowledge.Text.TermAnalyzer.Terms).FirstOrDefault(r => r.Any(t => _vocabulary.Meaning(t) == "lead"))))
            .Where(p => p.Role is not null && (p.Entity.RelatedEntityIds.Contains(organization.Id) || p.Role.Any(t => _vocabulary.Meaning(t) != "lead" && orgWords.Contains(t))))
            .OrderByDescending(p => p.Entity.RelatedEntityIds.Contains(organization.Id))
            .Select(p => p.Entity)
            .FirstOrDefault();
    }

    private bool OnlyRelationWords(UnderstoodMessage message) =>
        message.Terms.All(t => _vocabulary.IsSoft(t) || _vocabulary.Meaning(t) is "lead" or "base" || t == message.HeadNoun);
}
