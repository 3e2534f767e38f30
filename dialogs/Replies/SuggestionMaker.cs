using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Replies;

/// <summary>
/// Example questions the briefing can answer, made from the store: about its most mentioned person
/// and organisation, and what its most quoted speaker said.
/// </summary>
public sealed class SuggestionMaker
{
    private readonly IBriefingKnowledge _knowledge;
    // The knowledge never changes after startup, so the rankings are computed once, not on every refusal.
    private readonly Lazy<List<Entity>> _byMentions;
    private readonly Lazy<List<int>> _speakerIdsByStatements;

    /// <summary>Creates the maker.</summary>
    public SuggestionMaker(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        _byMentions = new(() => knowledge.Entities.OrderByDescending(e => knowledge.MentionsOf(e.Id).Count).ThenBy(e => e.Id).ToList());
        _speakerIdsByStatements = new(() => knowledge.Statements.GroupBy(s => s.SpeakerEntityId).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList());
    }

    /// <summary>Up to <paramref name="count"/> questions, skipping the entities the conversation already covered.</summary>
    public IReadOnlyList<string> Suggest(int count = 3, IEnumerable<int>? exclude = null)
    {
        if (_knowledge.IsEmpty) return Array.Empty<string>();
        var skip = exclude?.ToHashSet() ?? new HashSet<int>();
        var ranked = _byMentions.Value.Where(e => !skip.Contains(e.Id)).ToList();
        var questions = new List<string>();
        if (ranked.FirstOrDefault(e => e.Kind == EntityKind.Person && e.Roles.Count > 0) is { } person) questions.Add($"Who is {person.Name}?");
        if (ranked.FirstOrDefault(e => e.Kind == EntityKind.Organization) is { } organization) questions.Add($"Tell me about {organization.Name}");
        var speaker = _speakerIdsByStatements.Value.Select(_knowledge.Entity).FirstOrDefault(e => !skip.Contains(e.Id) && questions.All(q => !q.Contains(e.Name, StringComparison.Ordinal)));
        if (speaker is not null) questions.Add($"What did {speaker.Name} say?");
        questions.Add("Brief me");
        return questions.Take(count).ToList();
    }
}
