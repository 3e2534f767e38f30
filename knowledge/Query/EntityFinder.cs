using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Query;

/// <summary>
/// Finds entities in free text: exact names and aliases (case and punctuation insensitive, possessives), role phrases
/// ("the NSP director"), then one-edit typos of words of six letters or more that the articles never write in lowercase — never a bare truncation ("Lim" is
/// not "Lima"). Longest, best matches first; non-overlapping.
/// </summary>
public sealed class EntityFinder
{
    private const double ExactScore = 1.0, RoleScore = 0.9, CompactScore = 0.85, LeadingWordScore = 0.8, TypoScore = 0.7;
    private readonly AliasIndex _index;
    private readonly LeadingNameWords? _leading;
    private readonly IReadOnlyList<Entity> _people;
    private readonly Dictionary<string, Entity> _singleWords = new(StringComparer.Ordinal);
    private readonly ILookup<int, (int Order, string Key, Entity Entity)> _typoTargetsByLength;

    /// <summary>Indexes the entities; with the sentences, an organisation's distinctive first word names it too (<see cref="LeadingNameWords"/>).</summary>
    public EntityFinder(IReadOnlyList<Entity> entities, IEnumerable<Sentence>? sentences = null)
    {
        if (sentences is not null) _leading = new LeadingNameWords(entities, sentences);
        _index = new AliasIndex(entities);
        _people = entities.Where(e => e.Kind == EntityKind.Person).ToList();
        foreach (var (key, list) in _index.Keys) _singleWords.TryAdd(key.Replace(" ", ""), list[0].Entity);
        _typoTargetsByLength = _index.Keys.Select((k, order) => (Order: order, k.Key, k.Value[0].Entity))
            .Where(k => !k.Key.Contains(' ') && k.Key.Length >= 6).ToLookup(k => k.Key.Length);
    }

    /// <summary>Entity matches in the text.</summary>
    public IReadOnlyList<EntityMatch> Find(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Array.Empty<EntityMatch>();
        var straight = TextNormalizer.Straighten(text);
        var tokens = Tokenizer.Tokenize(straight);
        var hits = _index.Match(tokens, requireCapital: false).ToList();
        var matches = hits.Select(h => Match(text, h.Entity, h.First, h.Last, ExactScore)).ToList();
        foreach (var reference in RoleReferences.Find(tokens, hits, requireArticle: false))
        {
            var fits = _people.Where(p => RoleReferences.Fits(reference, p)).ToList();
            if (fits.Count == 1 && !FitsInOtherStories(reference, fits[0])) matches.Add(Match(text, fits[0], reference.First, reference.Last, RoleScore));
        }

        var covered = matches.SelectMany(m => Enumerable.Range(m.Start, m.Length)).ToHashSet();
        var words = tokens.Where(t => t.IsWord).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1].Core.ToLowerInvariant() : null;
            if (!covered.Contains(words[i].Start) && Fuzzy(words[i].Core.ToLowerInvariant(), next) is { } fuzzy) matches.Add(Match(text, fuzzy.Entity, words[i], words[i], fuzzy.Score));
        }

        return NonOverlapping(matches);
    }

    // "the prosecutor" fits the "Senior Public Prosecutor" of one story exactly, but names the "Chief Prosecutor" of another
    // as well: a role shared across stories names none of them.
    private bool FitsInOtherStories(RoleReference reference, Entity fit) =>
        _people.Any(p => !p.ArticleIds.Intersect(fit.ArticleIds).Any() && RoleReferences.FitsLoosely(reference, p));

    private (Entity Entity, double Score)? Fuzzy(string word, string? next)
    {
        if (StopWords.Contains(word) || word.Length < 3) return null;
        if (_singleWords.TryGetValue(word, out var compact)) return (compact, CompactScore);
        if (_leading?.Find(word, next) is { } leading) return (leading, LeadingWordScore);
        // "rowes lawyer": a possessive typed without its apostrophe
        if (word.Length >= 5 && word[^1] == 's' && _singleWords.TryGetValue(word[..^1], out var owner)) return (owner, CompactScore);
        // A word the articles write in lowercase is spelt right: "reward" is no typo for a name "Renard".
        if (word.Length < 6 || _leading?.LowercaseWords.Contains(word) == true) return null;
        // Only names one letter shorter, as long or one longer can be one edit away; the first indexed wins, as before.
        var typo = _typoTargetsByLength[word.Length - 1].Concat(_typoTargetsByLength[word.Length]).Concat(_typoTargetsByLength[word.Length + 1])
            .Where(k => !k.Key.StartsWith(word, StringComparison.Ordinal) && !word.StartsWith(k.Key, StringComparison.Ordinal) && EditDistance.AtMostOne(word, k.Key))
            .OrderBy(k => k.Order).Select(k => k.Entity).FirstOrDefault();
        return typo is null ? null : (typo, TypoScore);
    }

    private static EntityMatch Match(string text, Entity entity, Token first, Token last, double score)
    {
        var start = Math.Max(0, first.Start);
        return new EntityMatch(entity, start, last.End - start, text[start..last.End], score);
    }

    private static IReadOnlyList<EntityMatch> NonOverlapping(List<EntityMatch> matches)
    {
        var result = new List<EntityMatch>();
        foreach (var m in matches.OrderByDescending(m => m.Length).ThenByDescending(m => m.Score).ThenBy(m => m.Start))
        {
            if (result.Any(r => m.Start < r.Start + r.Length && r.Start < m.Start + m.Length)) continue;
            result.Add(m);
        }

        return result;
    }
}
