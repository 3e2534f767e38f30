using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>An entity being assembled from candidates: names, evidence, and related names resolved at the end.</summary>
internal sealed class EntityDraft
{
    private readonly Dictionary<EntityKind, int> _evidence = new();
    private readonly List<string> _related = new();

    public EntityDraft(string name) => Entity.Name = name;

    public Entity Entity { get; } = new();

    /// <summary>True once a candidate that is not a lone clause-opening word was absorbed.</summary>
    public bool IsConfirmed { get; private set; }

    public void Absorb(EntityCandidate candidate)
    {
        if (candidate.Name.Split(' ').Length > Entity.Name.Split(' ').Length && Gazetteer.Default.Find(Entity.Name) is null)
        {
            AddAliases(new[] { Entity.Name });
            Entity.Name = candidate.Name;
        }
        else if (NameText.Key(candidate.Name) != NameText.Key(Entity.Name)) AddAliases(new[] { candidate.Name });
        else if (IsAllCapitals(Entity.Name) && !IsAllCapitals(candidate.Name)) Entity.Name = candidate.Name;

        IsConfirmed |= !candidate.IsWeak;
        AddAliases(candidate.Aliases);
        AddDistinct(Entity.Roles, candidate.Roles);
        AddDistinct(Entity.Descriptions, candidate.Descriptions);
        AddDistinct(Entity.ArticleIds, new[] { candidate.ArticleId });
        _related.AddRange(candidate.Related);
        foreach (var (kind, weight) in candidate.Evidence) _evidence[kind] = _evidence.GetValueOrDefault(kind) + weight;
    }

    public void AddAliases(IEnumerable<string> aliases) =>
        AddDistinct(Entity.Aliases, aliases.Where(a => NameText.Key(a) != NameText.Key(Entity.Name)));

    public IEnumerable<string> AllNames() => Entity.Aliases.Prepend(Entity.Name);

    /// <summary>
    /// Surname forms of a person's name ("al-Rashid", "Rashid"; "Ag Ali" and "Ali" of "Ahmed Ag Ali"); empty for other
    /// kinds, and for a name not known as a person whose last word the articles also write in lowercase
    /// (<paramref name="lowercaseWords"/>: "the link" of "Harrow Link" is no short name).
    /// </summary>
    public IEnumerable<string> Surnames(IReadOnlySet<string> lowercaseWords)
    {
        var words = Entity.Name.Split(' ');
        if (words.Length >= 2 && Lexicon.VesselPrefixes.Contains(words[0])) { yield return string.Join(' ', words.Skip(1)); yield break; }
        if (words.Length < 2 || words.Contains("of") || Kind() is EntityKind.Organization or EntityKind.Place or EntityKind.Vessel) yield break;
        var last = words[^1];
        if (last.Length < 2 || IsGenericNoun(last) || (Kind() != EntityKind.Person && lowercaseWords.Contains(last.ToLowerInvariant()))) yield break;
        yield return last;
        if (words.Length >= 3 && Lexicon.NameParticles.Contains(words[^2])) yield return $"{words[^2]} {last}";
        var hyphen = last.IndexOf('-');
        if (hyphen > 0 && Lexicon.NameParticles.Contains(last[..hyphen])) yield return last[(hyphen + 1)..];
    }

    public void Finish(Func<string, int?> resolve, IReadOnlySet<string> lowercaseWords)
    {
        Entity.Kind = Kind();
        var surnames = Surnames(lowercaseWords).ToList();
        AddAliases(surnames);
        foreach (var id in _related.Select(resolve).OfType<int>().Where(id => id != Entity.Id)) AddDistinct(Entity.RelatedEntityIds, new[] { id });
    }

    public EntityKind Kind()
    {
        if (_evidence.Count == 0) return EntityKind.Other;
        if (IsShipDespitePlaceWords()) return EntityKind.Vessel;
        var best = _evidence.OrderByDescending(e => e.Value).ThenBy(e => e.Key).First();
        return best.Key;
    }

    /// <summary>"the tanker Silver Bay": a ship cue (3 or more) outweighs the place words of a ship's name, unless the name is a known place.</summary>
    private bool IsShipDespitePlaceWords()
    {
        var ship = _evidence.GetValueOrDefault(EntityKind.Vessel);
        return ship >= 3 && _evidence.All(e => e.Key == EntityKind.Place || e.Value <= ship) && Gazetteer.Default.Find(Entity.Name) is null;
    }

    /// <summary>"Station", "Harbour", "Group": a name's generic last word is never its short form.</summary>
    private static bool IsGenericNoun(string word) =>
        Lexicon.FacilityWords.Contains(word) || Lexicon.PlaceWords.Contains(word) || Lexicon.OrganizationWords.Contains(word);

    /// <summary>"LAKEPORT" of a dateline: a word of three or more capitals that the article also writes in normal case.</summary>
    private static bool IsAllCapitals(string name) => name.Count(char.IsLetter) >= 3 && !name.Any(char.IsLower);

    private static void AddDistinct<T>(List<T> list, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            if (item is string s && list.OfType<string>().Any(x => string.Equals(x, s, StringComparison.OrdinalIgnoreCase))) continue;
            if (!list.Contains(item)) list.Add(item);
        }
    }
}
