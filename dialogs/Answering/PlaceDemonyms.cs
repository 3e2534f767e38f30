using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The demonyms of the articles' countries, as analysed terms: a sentence saying "Tarnian rules" or "Tarnian police"
/// speaks of Tarnia. Worked out once for the loaded articles.
/// </summary>
public sealed class PlaceDemonyms
{
    private readonly Dictionary<int, string[]> _byPlace;

    /// <summary>Looks up the demonyms of every place the articles name.</summary>
    public PlaceDemonyms(IBriefingKnowledge knowledge) =>
        _byPlace = knowledge.Entities.Where(e => e.Kind == EntityKind.Place)
            .Select(e => (e.Id, Country: e.Aliases.Prepend(e.Name).Select(Gazetteer.Default.Find).FirstOrDefault(g => g is not null)))
            .Where(p => p.Country is { Demonyms.Count: > 0 })
            .ToDictionary(p => p.Id, p => p.Country!.Demonyms.Select(d => TermAnalyzer.Stem(d.ToLowerInvariant())).ToArray());

    /// <summary>True when the sentence's terms hold one of the place's demonyms.</summary>
    public bool UsedIn(int placeId, HashSet<string> terms) => _byPlace.TryGetValue(placeId, out var stems) && stems.Any(terms.Contains);

    /// <summary>True when the place is a country with demonyms ("Tarnia": "Tarnian").</summary>
    public bool HasDemonyms(int placeId) => _byPlace.ContainsKey(placeId);

    /// <summary>The places whose demonym the terms hold.</summary>
    public IEnumerable<int> UsedIn(HashSet<string> terms) => _byPlace.Where(p => p.Value.Any(terms.Contains)).Select(p => p.Key);
}
