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
    private readonly IReadOnlyList<(Entity Person, IReadOnlyList<string> Role)> _leaders;
    private readonly IReadOnlyList<(int Id, HashSet<string> Name)> _organizations;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int?> _organizationNamedByRole = new();

    /// <summary>
    /// Creates the answerer; the people with a leading role (not one over a unit of an owner, <see cref="RoleUnits"/>) and
    /// the organisations' name words are worked out once.
    /// </summary>
    public RelationAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
        _leaders = knowledge.Entities.Where(e => e.Kind == EntityKind.Person)
            .Select(e => (Person: e, Role: e.Roles.Where(r => !RoleUnits.IsOverUnit(r)).Select(r => (IReadOnlyList<string>)Knowledge.Text.TermAnalyzer.Terms(r).ToList()).FirstOrDefault(r => r.Any(t => vocabulary.Meaning(t) == "lead"))))
            .Where(p => p.Role is not null)
            .Select(p => (p.Person, p.Role!))
            .ToList();
        _organizations = knowledge.Entities.Where(e => e.Kind == EntityKind.Organization)
            .Select(e => (e.Id, Knowledge.Text.TermAnalyzer.Terms(e.Name).ToHashSet())).ToList();
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

    /// <summary>True for "where is X (based)": only the store's ties answer it, never a place that merely stands near X in a sentence.</summary>
    public bool AsksOnlyForRelation(UnderstoodMessage message) =>
        message.Expected == AnswerKind.Place && message.AllEntityIds.Count() == 1 && OnlyRelationWords(message);

    /// <summary>
    /// The person whose role leads the organisation: tied to it in the store, or whose role names it
    /// ("Committee Chairwoman" for the only committee) better than it names any other organisation.
    /// </summary>
    private Entity? Leader(Entity organization) =>
        _leaders.FirstOrDefault(p => p.Person.RelatedEntityIds.Contains(organization.Id)).Person
        ?? _leaders.FirstOrDefault(p => _organizationNamedByRole.GetOrAdd(p.Person.Id, (_, role) => BestNamedOrganization(role), p.Role) == organization.Id).Person;

    private int? BestNamedOrganization(IReadOnlyList<string> role)
    {
        var words = role.Where(t => _vocabulary.Meaning(t) != "lead").ToHashSet();
        if (words.Count == 0) return null;
        return _organizations
            .Select(p => (p.Id, Score: p.Name.Count(words.Contains) / (double)p.Name.Union(words).Count()))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Select(p => (int?)p.Id)
            .FirstOrDefault();
    }

    /// <summary>True when the question has no words beyond the relation itself: "based"/"located" for places, "lead"/"run" for the rest.</summary>
    private bool OnlyRelationWords(UnderstoodMessage message)
    {
        var relation = message.Expected == AnswerKind.Place ? "base" : "lead";
        return message.Terms.All(t => _vocabulary.IsSoft(t) || t == message.HeadNoun || _vocabulary.Expand(t).Contains(relation));
    }
}
