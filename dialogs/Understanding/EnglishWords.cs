namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// WordNet's common English words of four letters or more (<c>WordNet/words.txt</c>): a typed word on the list is that
/// word, never a misspelt name ("handover" is no "Handovre", "cell" no "Cellby").
/// </summary>
public sealed class EnglishWords
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    /// <summary>Loads the list.</summary>
    public EnglishWords()
    {
        using var reader = new StreamReader(EmbeddedData.Open("words.txt"));
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#')) _words.Add(line);
        }
    }

    /// <summary>True when the lowercase word, or its singular ("handovers"), is a common English word.</summary>
    public bool Contains(string word) => _words.Contains(word) || (word.EndsWith('s') && _words.Contains(word[..^1]));

    /// <summary>
    /// True when a word typed one edit away from the entity's name is the common word it is, not the name: so it is,
    /// unless another word of the name is typed with it ("visa waver program").
    /// </summary>
    public bool MeansTheWord(string typed, Knowledge.Model.Entity entity, IEnumerable<string> questionWords)
    {
        if (!Contains(typed.ToLowerInvariant())) return false;
        var nameWords = entity.Name.ToLowerInvariant().Split(' ', '-');
        return !questionWords.Any(w => nameWords.Contains(w.ToLowerInvariant()));
    }
}
