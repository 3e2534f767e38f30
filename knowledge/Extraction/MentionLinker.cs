using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Links every mention in an article's sentences: names and aliases (surname, possessive, acronym), definite role
/// phrases ("the Peruvian interior minister") and he/she pronouns, resolved to the nearest person.
/// </summary>
public sealed class MentionLinker
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "his", "her" };
    private readonly AliasIndex _index;
    private readonly IReadOnlyList<Entity> _entities;

    /// <summary>Creates a linker over the merged entities.</summary>
    public MentionLinker(AliasIndex index, IReadOnlyList<Entity> entities) { _index = index; _entities = entities; }

    /// <summary>Fills <see cref="SentenceContext.Mentions"/> for the article's sentences, in reading order.</summary>
    public void Link(IReadOnlyList<SentenceContext> sentences)
    {
        var names = sentences.Select(s => _index.Match(s.Tokens, requireCapital: true).ToList()).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            sentence.Mentions.AddRange(names[i].Select(h => Create(sentence, h.Entity, h.First, h.Last, false)));
            foreach (var reference in RoleReferences.Find(sentence.Tokens, names[i]))
            {
                if (ResolveRole(reference, sentences, i) is { } person) AddRoleMention(sentence, reference, person);
            }

            sentence.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var token in sentence.Tokens.Where(t => Pronouns.Contains(t.Text)))
            {
                if (LastPerson(sentences, i, token.Start) is { } person) sentence.Mentions.Add(Create(sentence, person, token, token, true));
            }

            sentence.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private Entity? ResolveRole(RoleReference reference, IReadOnlyList<SentenceContext> sentences, int index)
    {
        var articleId = sentences[index].Article.Id;
        var fits = _entities.Where(e => e.ArticleIds.Contains(articleId) && RoleReferences.Fits(reference, e)).ToList();
        if (fits.Count <= 1) return fits.FirstOrDefault();
        var before = Enumerable.Range(0, index + 1).Reverse().SelectMany(i => sentences[i].Mentions.AsEnumerable().Reverse());
        return before.Select(m => fits.FirstOrDefault(f => f.Id == m.EntityId)).FirstOrDefault(e => e is not null) ?? fits[0];
    }

    private void AddRoleMention(SentenceContext sentence, RoleReference reference, Entity person)
    {
        sentence.Mentions.Add(Create(sentence, person, reference.First, reference.Last, true));
        if (reference.Demonym is null) return;
        var role = $"{reference.Demonym} {string.Join(" ", sentence.Text[reference.First.End..reference.Last.End].Trim().Split(' ').Skip(1))}";
        if (!person.Roles.Any(r => r.Equals(role, StringComparison.OrdinalIgnoreCase))) person.Roles.Add(role);
        var place = Gazetteer.Default.FindDemonym(reference.Demonym)!;
        var placeEntity = _entities.FirstOrDefault(e => e.Name == place.Name);
        if (placeEntity is not null && !person.RelatedEntityIds.Contains(placeEntity.Id)) person.RelatedEntityIds.Add(placeEntity.Id);
    }

    private Entity? LastPerson(IReadOnlyList<SentenceContext> sentences, int index, int before)
    {
        var paragraph = sentences[index].Sentence.Paragraph;
        for (var i = index; i >= 0 && paragraph - sentences[i].Sentence.Paragraph <= 2; i--)
        {
            var mentions = sentences[i].Mentions.Where(m => i < index || m.Start < before).Reverse();
            foreach (var mention in mentions)
            {
                var entity = _entities.FirstOrDefault(e => e.Id == mention.EntityId);
                if (entity?.Kind == EntityKind.Person) return entity;
            }
        }

        return null;
    }

    private static Mention Create(SentenceContext sentence, Entity entity, Token first, Token last, bool resolved) => new()
    {
        EntityId = entity.Id,
        SentenceId = sentence.Sentence.Id,
        Start = first.Start,
        Surface = sentence.Sentence.Text[first.Start..last.End],
        IsResolvedReference = resolved,
    };
}
