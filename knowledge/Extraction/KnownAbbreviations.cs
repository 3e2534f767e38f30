using BriefingBot.Knowledge.Data;
namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Well-known abbreviations of international bodies ("EU" of "European Union"), from the data file
/// Data/abbreviations.tsv. Only ever adds an alias to an entity whose full name the articles use.
/// </summary>
public sealed class KnownAbbreviations
{
    private readonly Dictionary<string, List<string>> _byFullName = new(StringComparer.Ordinal);

    private KnownAbbreviations(IEnumerable<(string Abbreviation, string[] FullNames)> rows)
    {
        foreach (var (abbreviation, fullNames) in rows)
        {
            foreach (var name in fullNames)
            {
                var key = NameText.Key(name);
                if (!_byFullName.TryGetValue(key, out var list)) _byFullName[key] = list = new();
                list.Add(abbreviation);
            }
        }
    }

    /// <summary>The list bundled with the library.</summary>
    public static KnownAbbreviations Default { get; } = Load();

    /// <summary>The abbreviations of a full name ("European Union" → "EU"); empty when it is not a listed body.</summary>
    public IReadOnlyList<string> Of(string fullName) =>
        _byFullName.TryGetValue(NameText.Key(fullName), out var list) ? list : Array.Empty<string>();

    private static KnownAbbreviations Load()
    {
        var rows = DataFile.Rows("abbreviations.tsv").Where(p => p.Length >= 2)
            .Select(p => (p[0].Trim(), p[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))).ToList();

        return new KnownAbbreviations(rows);
    }
}
