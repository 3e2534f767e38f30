using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Resolves definite role phrases ("the Peruvian interior minister", "the NSP leader") to the person holding the role;
/// a demonym's role ("Peruvian interior minister") and country are recorded on the person.
/// </summary>
public sealed class RoleMentions
{
    private readonly IReadOnlyList<Entity> _entities;

    /// <summary>Creates the resolver over the merged entities.</summary>
    public RoleMentions(IReadOnlyList<Entity> entities) => _entities = entities;

    /// <summary>The person the role phrase refers to (the one holding the role, else the last one mentioned), recording a demonym's role and country on them.</summary>
    public Entity? Resolve(RoleReference reference, IReadOnlyList<SentenceContext> sentences, int index)
    {
        var person = Find(reference, sentences, index);
        if (person is not null) Record(sentences[index], reference, person);
        return person;
    }

    private Entity? Find(RoleReference reference, IReadOnlyList<SentenceContext> sentences, int index)
    {
        var articleId = sentences[index].Article.Id;
        var fits = _entities.Where(e => e.ArticleIds.Contains(articleId) && RoleReferences.Fits(reference, e)).ToList();
        if (fits.Count <= 1) return fits.FirstOrDefault();
        var before = Enumerable.Range(0, index + 1).Reverse().SelectMany(i => sentences[i].Mentions.AsEnumerable().Reverse());
        return before.Select(m => fits.FirstOrDefault(f => f.Id == m.EntityId)).FirstOrDefault(e => e is not null) ?? fits[0];
    }

    private void Record(SentenceContext sentence, RoleReference reference, Entity person)
    {
        if (reference.Demonym is null) return;
        var role = $"{reference.Demonym} {string.Join(" ", sentence.Text[reference.First.End..reference.Last.End].Trim().Split(' ').Skip(1))}";
        if (!person.Roles.Any(r => r.Equals(role, StringComparison.OrdinalIgnoreCase))) person.Roles.Add(role);
        var place = Gazetteer.Default.FindDemonym(reference.Demonym)!;
        var placeEntity = _entities.FirstOrDefault(e => e.Name == place.Name);
        if (placeEntity is not null && !person.RelatedEntityIds.Contains(placeEntity.Id)) person.RelatedEntityIds.Add(placeEntity.Id);
    }
}
