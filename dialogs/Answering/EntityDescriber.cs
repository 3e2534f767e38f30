using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>Words for an entity as the articles describe it: its name with its role, and what it is tied to.</summary>
public sealed class EntityDescriber
{
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the describer.</summary>
    public EntityDescriber(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>"Jane Roe (Port Director)" or just the name.</summary>
    public string NameWithRole(Entity entity)
    {
        var role = entity.Roles.FirstOrDefault();
        return role is null ? entity.Name : $"{entity.Name} ({role})";
    }

    /// <summary>One line that says what the entity is, from its roles, descriptions and aliases.</summary>
    public string Summary(Entity entity)
    {
        var parts = new List<string>();
        if (entity.Roles.Count > 0) parts.Add(string.Join("; ", entity.Roles.Distinct(StringComparer.OrdinalIgnoreCase)));
        if (entity.Descriptions.Count > 0) parts.Add(string.Join("; ", entity.Descriptions.Distinct(StringComparer.OrdinalIgnoreCase)));
        var aliases = entity.Aliases.Where(a => a.Length > 1 && !entity.Name.Contains(a, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var name = aliases.Count > 0 ? $"{entity.Name} (also {string.Join(", ", aliases)})" : entity.Name;
        return parts.Count > 0 ? $"{name}: {string.Join(". ", parts.Select(Capitalized))}." : $"{name}.";
    }

    // "Colonel. Head of the X Agency.": each part opens a sentence of its own.
    private static string Capitalized(string part) => part.Length > 0 && char.IsLower(part[0]) ? char.ToUpperInvariant(part[0]) + part[1..] : part;

    /// <summary>Related entities of a kind (the organisation a person leads, the country a city is in).</summary>
    public IEnumerable<Entity> Related(Entity entity, EntityKind kind) =>
        entity.RelatedEntityIds.Select(_knowledge.Entity).Where(e => e.Kind == kind);

    /// <summary>The first sentence where both entities are named, to cite a relation; else the first of either.</summary>
    public int? SentenceNaming(int entityId, int otherId)
    {
        var first = _knowledge.MentionsOf(entityId).Select(m => m.SentenceId).ToList();
        var other = _knowledge.MentionsOf(otherId).Select(m => m.SentenceId).ToHashSet();
        return first.Where(other.Contains).Cast<int?>().FirstOrDefault() ?? first.Cast<int?>().FirstOrDefault();
    }

    /// <summary>The sentence that says what the entity is: where its role or description stands, else where it is the subject, else its first mention.</summary>
    public int? DefiningSentence(Entity entity)
    {
        var mentions = _knowledge.MentionsOf(entity.Id).Where(m => !m.IsResolvedReference).ToList();
        var phrases = entity.Roles.Concat(entity.Descriptions).ToList();
        var defining = mentions.FirstOrDefault(m => phrases.Any(p => _knowledge.Sentence(m.SentenceId).Text.Contains(p, StringComparison.OrdinalIgnoreCase)));
        var subject = mentions.FirstOrDefault(m => m.Start <= 4);
        return (defining ?? subject ?? mentions.FirstOrDefault())?.SentenceId;
    }
}
