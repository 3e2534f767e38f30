using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Who works at the Harbour Trust" / "who works there": the people the store ties to the organisation, or whose role
/// or description names it ("a researcher at the Harbour Trust").
/// </summary>
public sealed class StaffAnswerer
{
    private static readonly HashSet<string> WorkWords = new(StringComparer.Ordinal) { "work", "employ" };
    private readonly IBriefingKnowledge _knowledge;
    private readonly EntityDescriber _describer;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the answerer.</summary>
    public StaffAnswerer(IBriefingKnowledge knowledge, EntityDescriber describer, Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        _describer = describer;
        _vocabulary = vocabulary;
    }

    /// <summary>The organisation's people as one answer, or null when the question is not who works at one organisation.</summary>
    public AnswerCandidate? Find(UnderstoodMessage message)
    {
        var ids = message.AllEntityIds.ToList();
        if (message.Expected != AnswerKind.Person || ids.Count != 1 || !AsksOnlyWhoWorks(message)) return null;
        var organization = _knowledge.Entity(ids[0]);
        if (organization.Kind != EntityKind.Organization) return null;
        var staff = _knowledge.Entities.Where(e => e.Kind == EntityKind.Person && WorksAt(e, organization)).ToList();
        if (staff.Count == 0 || _describer.SentenceNaming(staff[0].Id, organization.Id) is not int sentenceId) return null;
        var names = staff.Select(p => p.Roles.Count > 0 || p.Descriptions.Count == 0 ? _describer.NameWithRole(p) : $"{p.Name} ({p.Descriptions[0]})");
        return new AnswerCandidate(string.Join("; ", names), sentenceId, 10) { EntityIds = staff.Select(p => p.Id).ToList(), Timeless = true };
    }

    private bool AsksOnlyWhoWorks(UnderstoodMessage message) =>
        message.Terms.Any(WorkWords.Contains) && message.Terms.All(t => WorkWords.Contains(t) || _vocabulary.IsSoft(t));

    private static bool WorksAt(Entity person, Entity organization) =>
        person.RelatedEntityIds.Contains(organization.Id)
        || person.Roles.Concat(person.Descriptions).Any(phrase => organization.Aliases.Where(a => a.Length > 2).Append(organization.Name)
            .Any(name => Regex.IsMatch(phrase, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase)));
}
