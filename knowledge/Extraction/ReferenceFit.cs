using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// How well a reference noun fits an entity: 2 when the entity's name, a description or a role uses a noun of the group
/// ("the committee" and "Joint Committee on X"; "the gang" and "a criminal group"), 1 when the group fits any entity of
/// the entity's kind ("the ship", "the company") or a type of it the entity is not described otherwise ("the tanker"),
/// 0 otherwise. Persons never fit.
/// </summary>
public sealed class ReferenceFit
{
    private readonly Dictionary<int, HashSet<NounGroup>> _heads = new();

    /// <summary>The fit level, 0–2.</summary>
    public int Level(NounGroup group, Entity entity)
    {
        if (entity.Kind == EntityKind.Person) return 0;
        var heads = HeadsOf(entity);
        if (heads.Contains(group)) return 2;
        if (entity.Kind != group.Kind) return 0;
        return group.Fit switch
        {
            NounFit.Any => 1,
            NounFit.Kind => heads.Any(h => h.Kind == group.Kind && h.Fit != NounFit.Any) ? 0 : 1,
            _ => 0,
        };
    }

    /// <summary>True when a name, description or role types the entity by a specific noun of the group's kind other
    /// than the group's own ("a frigate" for "the ship").</summary>
    public bool TypedOtherwise(NounGroup group, Entity entity) =>
        HeadsOf(entity).Any(h => h != group && h.Kind == group.Kind && h.Fit != NounFit.Any);

    private HashSet<NounGroup> HeadsOf(Entity entity)
    {
        if (_heads.TryGetValue(entity.Id, out var heads)) return heads;
        var nouns = ReferenceNouns.Default;
        var names = entity.Aliases.Prepend(entity.Name).SelectMany(n => n.Split(' ')).Where(w => w.Any(char.IsLower)).Select(nouns.OfNameWord);
        var described = entity.Descriptions.Concat(entity.Roles).Select(nouns.HeadOf);
        return _heads[entity.Id] = names.Concat(described).OfType<NounGroup>().ToHashSet();
    }
}
