using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Merges candidates into entities: same name, a defined alias ("NSP" of "North Sea Patrol"), a person's surname
/// ("Roe" of "Jane Roe"), a known place's other name ("U.S." of "United States") or a well-known abbreviation of the
/// name ("EU" of "European Union", <see cref="KnownAbbreviations"/>), an organisation's name without its leading
/// nationality ("Border Guard" of "Tarnian Border Guard", same article). Ids are assigned at the end.
/// </summary>
public sealed class EntityRegistry
{
    private readonly List<EntityDraft> _drafts = new();
    private readonly IReadOnlySet<string> _lowercaseWords;
    private readonly Dictionary<string, EntityDraft> _byKey = new(StringComparer.Ordinal);

    /// <summary>A registry; <paramref name="lowercaseWords"/> are the words the articles write in lowercase (common nouns, never short names of things).</summary>
    public EntityRegistry(IReadOnlySet<string>? lowercaseWords = null) => _lowercaseWords = lowercaseWords ?? new HashSet<string>();

    /// <summary>Adds candidates; longer names first so short forms merge into them.</summary>
    public void AddAll(IEnumerable<EntityCandidate> candidates)
    {
        foreach (var candidate in candidates.OrderByDescending(c => c.Name.Split(' ').Length).ThenByDescending(c => c.Aliases.Count))
        {
            Add(candidate);
        }
    }

    /// <summary>The merged entities with ids from <paramref name="firstId"/> on.</summary>
    public IReadOnlyList<Entity> Build(int firstId)
    {
        var id = firstId;
        var kept = _drafts.Where(d => d.IsConfirmed).ToList();
        foreach (var draft in kept) draft.Entity.Id = id++;
        foreach (var draft in kept) draft.Finish(name => Find(name) is { IsConfirmed: true } d ? d.Entity.Id : null, _lowercaseWords);
        return kept.Select(d => d.Entity).ToList();
    }

    /// <summary>"Delta" for "Delta Security": a lone word that starts exactly one two-word organisation name ending in an organisation word.</summary>
    private EntityDraft? ShortFormOf(EntityCandidate candidate)
    {
        if (FacilityOf(candidate) is { } facility) return facility;
        if (NationalFormOf(candidate) is { } national) return national;
        if (candidate.Name.Contains(' ') || candidate.Evidence.ContainsKey(EntityKind.Place) || candidate.Roles.Count > 0) return null;
        var matches = _drafts.Where(d => d.Kind() == EntityKind.Organization && d.Entity.Name.Split(' ') is [var first, var second] && first == candidate.Name && Lexicon.OrganizationWords.Contains(second)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>"Old Mill" for "Old Mill Prison": a name (not a known place or a person) that is exactly one facility's name without its last word.</summary>
    private EntityDraft? FacilityOf(EntityCandidate candidate)
    {
        if (candidate.Roles.Count > 0 || candidate.Evidence.ContainsKey(EntityKind.Person) || Gazetteer.Default.Find(candidate.Name) is not null) return null;
        var matches = _drafts.Where(d => d.Entity.Name.Split(' ') is { Length: > 1 } words && Lexicon.FacilityWords.Contains(words[^1])
            && string.Join(' ', words[..^1]) == candidate.Name).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// "Border Guard" for "Tarnian Border Guard": a name (no person's) that is exactly one organisation's name of the same
    /// article without its leading people's or country name.
    /// </summary>
    private EntityDraft? NationalFormOf(EntityCandidate candidate)
    {
        if (candidate.Roles.Count > 0 || candidate.Evidence.ContainsKey(EntityKind.Person) || Gazetteer.Default.Find(candidate.Name) is not null) return null;
        var matches = _drafts.Where(d => d.Kind() == EntityKind.Organization && d.Entity.ArticleIds.Contains(candidate.ArticleId)
            && d.Entity.Name.Split(' ') is { Length: > 1 } words && string.Join(' ', words[1..]) == candidate.Name
            && (Gazetteer.Default.FindDemonym(words[0]) is not null || Gazetteer.Default.Find(words[0]) is not null)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// "Customs officers opened …": a lone capital opening a clause may be a common noun, so it stands for another article's
    /// entity only by that entity's own name, not by a short form ("Customs" of "Customs Administration").
    /// </summary>
    private static bool IsForeignShortForm(EntityCandidate candidate, EntityDraft draft) =>
        candidate.IsWeak && !draft.Entity.ArticleIds.Contains(candidate.ArticleId) && NameText.Key(draft.Entity.Name) != NameText.Key(candidate.Name);

    private EntityDraft? Find(string name) => _byKey.GetValueOrDefault(NameText.Key(name));

    private void Add(EntityCandidate candidate)
    {
        var place = Gazetteer.Default.Find(candidate.Name);
        var draft = Find(place?.Name ?? candidate.Name) ?? candidate.Aliases.Select(Find).FirstOrDefault(d => d is not null) ?? ShortFormOf(candidate);
        if (draft is not null && IsForeignShortForm(candidate, draft)) draft = null;
        if (draft is null)
        {
            draft = new EntityDraft(place?.Name ?? candidate.Name);
            _drafts.Add(draft);
        }

        draft.Absorb(candidate);
        if (place is not null) draft.AddAliases(place.Aliases);
        draft.AddAliases(draft.AllNames().SelectMany(KnownAbbreviations.Default.Of).ToList());
        foreach (var name in draft.AllNames().Concat(draft.Surnames(_lowercaseWords))) _byKey.TryAdd(NameText.Key(name), draft);
    }
}
