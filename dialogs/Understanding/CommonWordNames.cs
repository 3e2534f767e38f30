using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Drops a one-word name that is also a common English word when a lowercase question uses it as that word: in
/// "when did the guild split from the union" the verb after a name is no town called Split. "The judge in split"
/// (after a preposition, not a name) keeps the town.
/// </summary>
public static class CommonWordNames
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>The matches less a lowercase common word, matched as a whole one-word name, right after another name.</summary>
    public static IReadOnlyList<EntityMatch> Without(IReadOnlyList<EntityMatch> matches, string text) =>
        matches.Where(m => !IsVerbAfterName(m, matches, text)).ToList();

    private static bool IsVerbAfterName(EntityMatch match, IReadOnlyList<EntityMatch> matches, string text)
    {
        var surface = match.Surface.Trim();
        if (surface.Contains(' ') || surface.Any(char.IsUpper) || !match.Entity.Name.Equals(surface, StringComparison.OrdinalIgnoreCase)) return false;
        return Words.Value.Contains(surface) && matches.Any(name => name.Entity.Id != match.Entity.Id && name.Start + name.Length <= match.Start
            && string.IsNullOrWhiteSpace(text[(name.Start + name.Length)..match.Start]));
    }

    /// <summary>The common English words: the lemmas of the WordNet list the synonyms come from.</summary>
    private static HashSet<string> Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open("synonyms.tsv"));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (!line.StartsWith('#') && tab > 0) words.Add(line[..tab]);
        }

        return words;
    }
}
