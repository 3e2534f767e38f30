using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What the articles say of a person beyond the role, for a role question with more words than the role: the words
/// of their role and descriptions, of what they are tied to and of the sentence that introduces them ("the lawyer for
/// the 19-year-old"); and, more weakly, what their article is about — its headline names the country of a minister
/// tied to none ("the Ruritanian defence minister" in "Ruritanian Navy Delays …").
/// </summary>
public sealed class RoleEvidence
{
    private readonly IBriefingKnowledge _knowledge;
    private readonly Dictionary<int, HashSet<string>> _introduced = new();
    private readonly Dictionary<int, HashSet<string>> _tied = new();
    private readonly Dictionary<int, HashSet<string>> _heads = new();
    private readonly Dictionary<string, HashSet<string>> _headlines;
    private readonly Dictionary<string, HashSet<string>> _story;

    /// <summary>Creates the evidence; each person's words and each article's headline and lede are collected once.</summary>
    public RoleEvidence(IBriefingKnowledge knowledge, EntityDescriber describer, Understanding.Vocabulary vocabulary)
    {
        _knowledge = knowledge;
        foreach (var person in knowledge.Entities.Where(e => e.Kind == EntityKind.Person))
        {
            var own = TermAnalyzer.Terms(string.Join(' ', person.Roles.Concat(person.Descriptions))).ToList();
            var tied = person.RelatedEntityIds.Select(knowledge.Entity).SelectMany(e => e.Aliases.Append(e.Name).Concat(e.Descriptions));
            _tied[person.Id] = TermAnalyzer.Terms(string.Join(' ', tied)).Concat(own).ToHashSet();
            _heads[person.Id] = person.Roles.Concat(person.Descriptions).SelectMany(p => Heads(p, vocabulary)).ToHashSet();
            _introduced[person.Id] = (describer.DefiningSentence(person) is int sentence ? knowledge.Sentence(sentence).Terms : Enumerable.Empty<string>()).Concat(own).ToHashSet();
        }

        _headlines = knowledge.Articles.ToDictionary(a => a.Id, a => a.Title.ToLowerInvariant().Split(' ', '-', ',', ':').Where(w => w.Length > 0).ToHashSet());
        _story = knowledge.Articles.ToDictionary(a => a.Id, a => TermAnalyzer.Terms(a.Title).Concat(knowledge.SentencesOf(a.Id).Take(2).SelectMany(s => s.Terms)).ToHashSet());
    }

    /// <summary>True when the word is in the person's role or descriptions, or names what they are tied to ("the agency" they lead).</summary>
    public bool IsTiedTo(Entity person, string term) => _tied.TryGetValue(person.Id, out var words) && words.Contains(term);

    /// <summary>True for a stem of what the person is: an office noun of their role, or the noun heading a description ("lawyer" of "a lawyer for …").</summary>
    public bool IsHead(Entity person, string term) => _heads.TryGetValue(person.Id, out var heads) && heads.Contains(term);

    private static IEnumerable<string> Heads(string phrase, Understanding.Vocabulary vocabulary)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindIndex(words, w => w is "of" or "for" or "at" or "in" or "with" or "who" or "that" or "and" || w.EndsWith(','));
        var head = end < 0 ? words.LastOrDefault() : end > 0 ? words[end - 1].TrimEnd(',') : null;
        return words.Where(vocabulary.IsPersonNoun).Append(head).OfType<string>().Select(TermAnalyzer.Stem);
    }

    /// <summary>True when the person's role or a description names the organisation ("director of the Reporters Network").</summary>
    public static bool NamesOrganisation(Entity person, Entity organisation) =>
        organisation.Aliases.Append(organisation.Name).Any(n => person.Roles.Concat(person.Descriptions).Any(r => r.Contains(n, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when the word is in the person's role or descriptions or the sentence that introduces them.</summary>
    public bool IsIntroducedWith(Entity person, string term) => _introduced.TryGetValue(person.Id, out var words) && words.Contains(term);

    /// <summary>True when the person's article is about the word: its headline or lede has it ("the ... case" of a story).</summary>
    public bool IsStoryOf(Entity person, string term) => person.ArticleIds.Any(a => _story[a].Contains(term));

    /// <summary>
    /// True when the question names the entity in its story words (<paramref name="story"/>) and the person's article is
    /// about those words ("the prison escape story" for a prison its headline names); with <paramref name="orNamedOnlyThere"/>,
    /// also an entity named only in the person's articles ("the Tarnby explosives case" for a depot its lede omits).
    /// </summary>
    public bool IsNamedInStory(Entity person, EntityMatch named, IReadOnlySet<string> story, bool orNamedOnlyThere = false)
    {
        var terms = TermAnalyzer.Terms(named.Surface).ToList();
        if (terms.Count == 0 || !terms.All(story.Contains)) return false;
        return terms.All(t => IsStoryOf(person, t)) || (orNamedOnlyThere && named.Entity.ArticleIds.All(person.ArticleIds.Contains));
    }

    /// <summary>
    /// True when the person belongs to the country: tied to it, or tied to no place at all and in an article whose
    /// headline names the country or its people.
    /// </summary>
    public bool IsOfCountry(Entity person, GazetteerPlace country)
    {
        var names = country.Aliases.Append(country.Name).ToList();
        var places = person.RelatedEntityIds.Select(_knowledge.Entity).Where(e => e.Kind == EntityKind.Place).ToList();
        if (places.Any(p => p.Aliases.Append(p.Name).Any(n => names.Contains(n, StringComparer.OrdinalIgnoreCase)))) return true;
        var words = country.Demonyms.Concat(names).Select(w => w.ToLowerInvariant()).ToList();
        return places.Count == 0 && person.ArticleIds.Any(a => words.Any(w => w.Split(' ').All(_headlines[a].Contains)));
    }
}
