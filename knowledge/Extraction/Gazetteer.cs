using BriefingBot.Knowledge.Data;
namespace BriefingBot.Knowledge.Extraction;

/// <summary>A known country or region with its other names and demonyms.</summary>
public sealed record GazetteerPlace(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms)
{
    /// <summary>True for a world region or sea ("Sahel", "Mediterranean"), which is no country.</summary>
    public bool IsRegion { get; init; }
}

/// <summary>The general list of countries and world regions (data file Data/places.tsv), looked up by name key.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerPlace> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerPlace> _byDemonym = new(StringComparer.OrdinalIgnoreCase);

    private Gazetteer(IEnumerable<GazetteerPlace> places)
    {
        foreach (var place in places)
        {
            foreach (var name in place.Aliases.Prepend(place.Name)) _byKey.TryAdd(NameText.Key(name), place);
            foreach (var demonym in place.Demonyms) _byDemonym.TryAdd(demonym, place);
        }
    }

    /// <summary>The gazetteer bundled with the library.</summary>
    public static Gazetteer Default { get; } = Load();

    /// <summary>The place a name denotes, if it is a known country or region.</summary>
    public GazetteerPlace? Find(string name) => _byKey.GetValueOrDefault(NameText.Key(name));

    /// <summary>The place a demonym ("Peruvian") belongs to.</summary>
    public GazetteerPlace? FindDemonym(string word) => _byDemonym.GetValueOrDefault(word);

    private static Gazetteer Load()
    {
        var places = DataFile.Rows("places.tsv").Select(parts => new GazetteerPlace(parts[0], List(parts, 1), List(parts, 2)) { IsRegion = parts.Length > 3 && parts[3].Trim() == "region" }).ToList();

        return new Gazetteer(places);
    }

    private static string[] List(string[] parts, int i) =>
        parts.Length > i ? parts[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : Array.Empty<string>();
}
