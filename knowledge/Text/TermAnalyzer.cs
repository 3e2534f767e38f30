using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace BriefingBot.Knowledge.Text;

/// <summary>
/// Turns text into ranking terms: lowercase words, possessives and function words dropped, Snowball (Porter2)
/// English stems. Sentences and questions both go through it, so their terms agree.
/// </summary>
public static partial class TermAnalyzer
{
    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);
    private static readonly ThreadLocal<EnglishStemmer> Stemmer = new(() => new EnglishStemmer());

    [GeneratedRegex(@"(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex WordPattern();

    /// <summary>Analysed terms of the text in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        if (string.IsNullOrEmpty(text)) return Array.Empty<string>();
        var terms = new List<string>();
        foreach (Match match in WordPattern().Matches(TextNormalizer.Straighten(text)))
        {
            var word = match.Value.ToLowerInvariant();
            if (word.Contains('.'))
            {
                terms.Add(word.Replace(".", ""));
                continue;
            }

            word = StripPossessive(word);
            if (word.Length == 0 || StopWords.Contains(word)) continue;
            terms.Add(Stem(word));
        }

        return terms;
    }

    /// <summary>The Snowball English stem of one lowercase word ("warned" → "warn", "broke" → "break").</summary>
    public static string Stem(string word)
    {
        if (string.IsNullOrEmpty(word)) return "";
        var lower = word.ToLowerInvariant();
        return StemCache.GetOrAdd(lower, static w =>
        {
            // Irregular verb forms stem as their lemma, so "retook" meets "retake" and "began" meets "begin".
            if (Extraction.VerbLemmatizer.IsIrregularForm(w)) w = Extraction.VerbLemmatizer.Lemma(w);
            var stemmer = Stemmer.Value!;
            stemmer.SetCurrent(w);
            stemmer.Stem();
            return stemmer.Current;
        });
    }

    private static string StripPossessive(string word)
    {
        var apostrophe = word.IndexOf('\'');
        if (apostrophe < 0) return word;
        var suffix = word[(apostrophe + 1)..];
        return suffix is "s" or "t" or "ll" or "ve" or "re" or "d" or "m" ? word[..apostrophe] : word.Replace("'", "");
    }
}
