using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A country's name no article writes, where the articles name the country by its demonym ("leave Ruritania" when an
/// article only says "the Ruritanian journalist", or its long name "the Republic of Ruritania" for "Ruritania"): the
/// question's name is read as the demonym. A country an article names itself is left as written.
/// </summary>
public sealed class CountryNames
{
    private const int LongestName = 4;
    private readonly IBriefingKnowledge _knowledge;

    /// <summary>Creates the reader over the loaded articles.</summary>
    public CountryNames(IBriefingKnowledge knowledge) => _knowledge = knowledge;

    /// <summary>The normalised text with each country name the articles never write replaced by the demonym they use.</summary>
    public string AsDemonyms(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(LongestName, words.Count - i); n >= 1; n--)
            {
                var name = string.Join(' ', words.Skip(i).Take(n));
                if (Demonym(name) is not { } demonym) continue;
                words.RemoveRange(i, n);
                words.Insert(i, demonym);
                break;
            }
        }

        return string.Join(' ', words);
    }

    private string? Demonym(string name)
    {
        if (Gazetteer.Default.Find(name) is not { IsRegion: false } place || TermAnalyzer.Terms(name).All(Used)) return null;
        return place.Demonyms.Select(d => d.ToLowerInvariant()).FirstOrDefault(d => TermAnalyzer.Terms(d).All(Used));
    }

    private bool Used(string stem) => _knowledge.DocumentFrequency(stem) > 0;
}
