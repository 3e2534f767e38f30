using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Tests.QuestionSuite.Baseline;

/// <summary>Baseline text analysis: lowercase word tokens, English stopwords dropped, crude suffix stemming.</summary>
public static partial class TextAnalyzer
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "out",
        "about", "as", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had",
        "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his", "her",
        "him", "we", "us", "our", "you", "your", "i", "me", "my", "what", "who", "whom", "whose", "which", "when",
        "where", "why", "how", "can", "could", "would", "will", "should", "may", "might", "not", "no", "so", "than",
        "then", "if", "up", "all", "any", "some", "s", "t", "tell", "please", "whats", "wat", "also", "just",
    };

    /// <summary>Index terms of <paramref name="text"/>, in order, stopwords removed and stemmed.</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        Word().Matches(text.ToLowerInvariant().Replace('’', '\''))
              .Select(m => m.Value).Where(w => !Stopwords.Contains(w)).Select(Stem).ToList();

    /// <summary>Crude suffix stemming: plural and verb endings only, keeping at least three letters.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        foreach (var suffix in new[] { "ing", "ed", "es", "ly", "s" })
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
                return word[..^suffix.Length];
        return word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
