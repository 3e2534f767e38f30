using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Puts right a misspelt common word ("recomendations", "survelliance") when exactly one word the articles write in
/// lower case is one edit away. Names are left to <see cref="TypoCorrector"/>: only lower-case article words are offered.
/// </summary>
public sealed partial class WordSpeller
{
    private const int MinimumLength = 6;
    private readonly Dictionary<int, List<string>> _wordsByLength;
    private readonly HashSet<string> _words;

    /// <summary>Indexes the lower-case words of every loaded article.</summary>
    public WordSpeller(IBriefingKnowledge knowledge)
    {
        _words = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id))
            .SelectMany(s => LowerCaseWord().Matches(s.Text).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        _wordsByLength = _words.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The article word <paramref name="word"/> misspells, or null when it is spelt as the articles spell it or is unclear.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || _words.Contains(word) || !word.All(char.IsAsciiLetterLower)) return null;
        var candidates = Enumerable.Range(word.Length - 1, 3)
            .SelectMany(length => _wordsByLength.GetValueOrDefault(length) ?? new List<string>())
            .Where(w => EditDistance.AtMostOne(w, word))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    [GeneratedRegex(@"\b[a-z]{6,}\b")]
    private static partial Regex LowerCaseWord();
}
