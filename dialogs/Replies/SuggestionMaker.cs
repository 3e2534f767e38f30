using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Replies;

/// <summary>
/// Example questions the briefing can answer, made from the store: who a person is, what a speaker said, what an
/// organisation is. Only well-named entities are asked about (<see cref="IsWellNamed"/>): never a common word the store
/// took for a name ("Police"), nor a name that finds another entity first.
/// </summary>
public sealed class SuggestionMaker
{
    private const int MinSentences = 2;
    private readonly IBriefingKnowledge _knowledge;
    // The knowledge never changes after startup, so the candidates are ranked once, not on every refusal.
    private readonly Lazy<List<Entity>> _described;
    // Speakers, most quoted first.
    private readonly Lazy<List<Entity>> _speakers;

    /// <summary>Creates the maker.</summary>
    public SuggestionMaker(IBriefingKnowledge knowledge)
    {
        _knowledge = knowledge;
        _described = new(() => ByMentions(knowledge.Entities.Where(e => e.Kind is EntityKind.Person or EntityKind.Organization && e.Roles.Count + e.Descriptions.Count > 0)));
        _speakers = new(() => knowledge.Statements.GroupBy(s => s.SpeakerEntityId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => knowledge.Entity(g.Key)).Where(IsWellNamed).ToList());
    }

    /// <summary>
    /// Up to <paramref name="count"/> questions, skipping the entities the conversation already covered: a question about
    /// each of <paramref name="articleIds"/> in turn (closest story first), then about the briefing as a whole.
    /// </summary>
    public IReadOnlyList<string> Suggest(int count = 3, IEnumerable<int>? exclude = null, IReadOnlyList<string>? articleIds = null)
    {
        if (_knowledge.IsEmpty) return Array.Empty<string>();
        var used = exclude?.ToHashSet() ?? new HashSet<int>();
        var questions = new List<string>();
        var stories = articleIds ?? Array.Empty<string>();
        // Round after round, each story offers its next question, so the closest stories are each asked about first.
        for (var round = 0; round < 3 && questions.Count < count; round++)
        {
            foreach (var articleId in stories)
            {
                if (questions.Count < count && Next(articleId, questions.Count, used) is { } question) questions.Add(question);
            }
        }

        for (var round = 0; round < 3 && questions.Count < count; round++)
        {
            if (Next(null, questions.Count, used) is { } question) questions.Add(question);
        }

        if (questions.Count < count) questions.Add("Brief me");
        return questions;
    }

    /// <summary>
    /// True for a name a question can ask about: two words or more, met in several sentences, that the store finds as
    /// this entity first (so "Who is Jane Roe?" is answered about her).
    /// </summary>
    public bool IsWellNamed(Entity entity) =>
        entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
        && _knowledge.MentionsOf(entity.Id).Select(m => m.SentenceId).Distinct().Count() >= MinSentences
        && _knowledge.FindEntities(entity.Name).FirstOrDefault()?.Entity.Id == entity.Id;

    // The kinds take turns so the questions differ: who a person is, what a speaker said, what an organisation is; a
    // kind with no one left to ask about falls back to the next.
    private string? Next(string? articleId, int turn, HashSet<int> used)
    {
        for (var i = 0; i < 3; i++)
        {
            var question = ((turn + i) % 3) switch
            {
                0 => Ask(_described.Value, EntityKind.Person, articleId, used, name => $"Who is {name}?"),
                1 => Ask(_speakers.Value, null, articleId, used, name => $"What did {name} say?"),
                _ => Ask(_described.Value, EntityKind.Organization, articleId, used, name => $"Tell me about {name}"),
            };
            if (question is not null) return question;
        }

        return null;
    }

    private string? Ask(List<Entity> ranked, EntityKind? kind, string? articleId, HashSet<int> used, Func<string, string> question)
    {
        var entity = ranked.FirstOrDefault(e => (kind is null || e.Kind == kind) && !used.Contains(e.Id) && (articleId is null || e.ArticleIds.Contains(articleId)));
        if (entity is null) return null;
        used.Add(entity.Id);
        return question(entity.Name);
    }

    private List<Entity> ByMentions(IEnumerable<Entity> entities) =>
        entities.Where(IsWellNamed).OrderByDescending(e => _knowledge.MentionsOf(e.Id).Count).ThenBy(e => e.Id).ToList();
}
