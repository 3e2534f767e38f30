using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Resolves a definite description to the named thing it refers back to, precision first: the one entity mentioned so
/// far whose name or description uses the noun (the one in this and the two sentences before, else the one in the
/// article); with no such entity, the one entity of a fitting kind in the window, else in the article. Two candidates
/// at the deciding step → none; a kind-fitting entity other than the one the same noun meant earlier in the article → none
/// ("the ship" after a second ship was named in passing), unless each other one is typed by a noun of its own ("a frigate"). "Roe's company" is first the organisation related to Roe.
/// </summary>
public sealed class DescriptionResolver
{
    private const int WindowSentences = 2;
    private readonly Func<int, Entity?> _entity;
    private readonly ReferenceFit _fit = new();
    private readonly Dictionary<(string Article, NounGroup Group), Entity> _earlier = new();

    /// <summary>Creates the resolver; <paramref name="entity"/> looks entities up by id.</summary>
    public DescriptionResolver(Func<int, Entity?> entity) => _entity = entity;

    /// <summary>The entity the description refers to, or null when none or several fit.</summary>
    /// <param name="reference">The description.</param>
    /// <param name="sentences">The article's sentences, linked up to the description.</param>
    /// <param name="index">The description's sentence.</param>
    /// <param name="named">The entities the article names anywhere: the lede may describe before it names ("the charity
    /// said" before "Acme Aid, a charity"), so a description there with nothing before it to mean is the one named entity
    /// of the noun's kind the article describes by its noun.</param>
    public Entity? Resolve(DescriptionReference reference, IReadOnlyList<SentenceContext> sentences, int index, IReadOnlyList<Entity> named)
    {
        if (reference.Possessor is { } owner && Related(owner, reference.Group) is { } related) return related;
        var fits = Earlier(sentences, index, reference.First.Start)
            .Select(e => (e.Entity, e.InWindow, Level: _fit.Level(reference.Group, e.Entity))).Where(e => e.Level > 0).ToList();
        if (fits.Count == 0 && LedeDescriptions.IsLede(sentences[index].Sentence))
        {
            var described = named.Where(e => e.Kind == reference.Group.Kind && _fit.Level(reference.Group, e) == 2).Take(2).ToList();
            return Remember(reference, sentences[index], described.Count == 1 ? described[0] : null);
        }

        var level2 = Single(fits.Where(f => f.Level == 2 && f.InWindow)) ?? Single(fits.Where(f => f.Level == 2));
        if (level2 is not null || fits.Any(f => f.Level == 2)) return Remember(reference, sentences[index], level2);
        var near = Single(fits.Where(f => f.InWindow)) ?? Single(fits);
        // "the ship" already meant one vessel in this article: another vessel named since is no safe reading, unless
        // every other one was typed by a noun of its own ("a frigate, the Tern"): the writer calls that one "the frigate".
        if (!_earlier.TryGetValue((sentences[index].Article.Id, reference.Group), out var before) || before.Id == near?.Id) return Remember(reference, sentences[index], near);
        return fits.All(f => f.Entity.Id == before.Id || _fit.TypedOtherwise(reference.Group, f.Entity)) ? before : null;
    }

    private Entity? Remember(DescriptionReference reference, SentenceContext sentence, Entity? entity)
    {
        if (entity is not null) _earlier[(sentence.Article.Id, reference.Group)] = entity;
        return entity;
    }

    /// <summary>The one entity of the candidates; null when none or several (several known means ambiguous, so the caller stops).</summary>
    private static Entity? Single(IEnumerable<(Entity Entity, bool InWindow, int Level)> candidates)
    {
        var distinct = candidates.Select(c => c.Entity).DistinctBy(e => e.Id).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private Entity? Related(Entity owner, NounGroup group)
    {
        var fitting = owner.RelatedEntityIds.Select(_entity).OfType<Entity>().Where(e => _fit.Level(group, e) > 0).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>Entities mentioned before the offset, nearest first, marked when within the window.</summary>
    private IEnumerable<(Entity Entity, bool InWindow)> Earlier(IReadOnlyList<SentenceContext> sentences, int index, int before)
    {
        for (var i = index; i >= 0; i--)
        {
            foreach (var mention in sentences[i].Mentions.Where(m => i < index || m.Start < before).Reverse())
            {
                if (_entity(mention.EntityId) is { } entity) yield return (entity, index - i <= WindowSentences);
            }
        }
    }
}
