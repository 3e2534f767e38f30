using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Links every mention in an article's sentences: names and aliases (surname, possessive, acronym), definite role
/// phrases ("the Peruvian interior minister", <see cref="RoleMentions"/>), definite descriptions ("the ship", "the company's", <see cref="DescriptionResolver"/>),
/// people by a description's noun ("the engineer", <see cref="PersonDescriptionMentions"/>) and pronouns (<see cref="PronounResolver"/>).
/// </summary>
public sealed class MentionLinker
{
    private readonly AliasIndex _index;
    private readonly RoleMentions _roles;
    private readonly DescriptionResolver _descriptions;
    private readonly PronounResolver _pronouns;
    private readonly PersonDescriptionMentions _people;

    /// <summary>Creates a linker over the merged entities.</summary>
    public MentionLinker(AliasIndex index, IReadOnlyList<Entity> entities)
    {
        _index = index;
        _roles = new RoleMentions(entities);
        var byId = entities.ToDictionary(e => e.Id);
        _descriptions = new DescriptionResolver(id => byId.GetValueOrDefault(id));
        _pronouns = new PronounResolver(id => byId.GetValueOrDefault(id));
        _people = new PersonDescriptionMentions(id => byId.GetValueOrDefault(id));
    }

    /// <summary>Fills <see cref="SentenceContext.Mentions"/> for the article's sentences, in reading order.</summary>
    public void Link(IReadOnlyList<SentenceContext> sentences)
    {
        var names = sentences.Select(s => _index.Match(s.Tokens, requireCapital: true).ToList()).ToList();
        var named = names.SelectMany(n => n).Select(h => h.Entity).DistinctBy(e => e.Id).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            sentence.Mentions.AddRange(names[i].Select(h => Create(sentence, h.Entity, h.First, h.Last, false)));
            foreach (var reference in RoleReferences.Find(sentence.Tokens, names[i]))
            {
                if (_roles.Resolve(reference, sentences, i) is { } person) sentence.Mentions.Add(Create(sentence, person, reference.First, reference.Last, true));
            }

            sentence.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            if (sentence.IsHeadline) continue;
            foreach (var reference in DescriptionReferences.Find(sentence.Tokens, names[i]).ToList())
            {
                if (_descriptions.Resolve(reference, sentences, i, named) is { } entity) Insert(sentence, Create(sentence, entity, reference.First, reference.Last, true));
            }

            foreach (var (first, last, person) in _people.Find(sentences, i).ToList()) Insert(sentence, Create(sentence, person, first, last, true));

            foreach (var token in sentence.Tokens.Where(t => t.IsWord))
            {
                if (_pronouns.Resolve(sentences, i, token) is { } entity) Insert(sentence, Create(sentence, entity, token, token, true));
            }
        }
    }

    private static void Insert(SentenceContext sentence, Mention mention)
    {
        var at = sentence.Mentions.FindIndex(m => m.Start > mention.Start);
        sentence.Mentions.Insert(at < 0 ? sentence.Mentions.Count : at, mention);
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
