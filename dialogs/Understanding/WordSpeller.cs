using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Puts right a misspelt common word ("recomendations", "survelliance") when exactly one word the articles write in
/// lower case is one edit away, or a letter was typed twice ("coppying" for the articles' "copied") or once where English doubles it ("stoped") or the double put on the wrong letter ("dissapear"), or else when exactly
/// one common English word is one edit away and the articles use its stem or a synonym's ("demnad" for "demand" when an
/// article says "demanded"), or that only shapes the question ("acording", "exacty"). Names are left to <see cref="TypoCorrector"/>: only lower-case and common words are offered.
/// </summary>
public sealed partial class WordSpeller
{
    private const int MinimumLength = 6;
    private readonly Dictionary<int, List<string>> _wordsByLength;
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _stems;
    private readonly Dictionary<int, List<string>> _commonByLength = new();
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly EnglishWords? _english;

    /// <summary>
    /// Indexes the lower-case words of every loaded article, and the common words whose meaning they have; a word of
    /// <paramref name="english"/> or its form is spelt right ("reading" is no "rearing", though only "rearing" has synonyms).
    /// </summary>
    public WordSpeller(IBriefingKnowledge knowledge, WordNetSynonyms wordNet, Vocabulary vocabulary, EnglishWords english) : this(knowledge)
    {
        _english = english;
        _common = wordNet.CommonWords.ToHashSet(StringComparer.Ordinal);
        _commonByLength = wordNet.CommonWords.Where(w => w.Length >= MinimumLength - 1 && w.All(char.IsAsciiLetterLower))
            .Where(w => vocabulary.Expand(TermAnalyzer.Stem(w)).Any(s => knowledge.DocumentFrequency(s) > 0))
            .Concat(vocabulary.QuestionWords.Where(w => w.Length >= MinimumLength && w.All(char.IsAsciiLetterLower))).Distinct()
            .GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Indexes the lower-case words of every loaded article.</summary>
    public WordSpeller(IBriefingKnowledge knowledge)
    {
        _words = knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id))
            .SelectMany(s => LowerCaseWord().Matches(s.Text).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        _stems = _words.Select(TermAnalyzer.Stem).ToHashSet(StringComparer.Ordinal);
        _wordsByLength = _words.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>
    /// The article word <paramref name="word"/> misspells, or null when it is spelt as the articles spell it or is unclear.
    /// A common English word or its form is spelt right, however near an article word it is ("strange" is no "stranger"),
    /// and a slip keeps the word's first letter ("reading" is no "leading").
    /// </summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength || _words.Contains(word) || !word.All(char.IsAsciiLetterLower)) return null;
        if (Doubled(word) is { } doubled) return doubled;
        var candidates = Enumerable.Range(word.Length - 1, 3)
            .SelectMany(length => _wordsByLength.GetValueOrDefault(length) ?? new List<string>())
            .Where(w => w[0] == word[0] && EditDistance.AtMostOne(w, word))
            .ToList();
        if (candidates.Count == 1) return IsCommon(word) || FormOfCommonWord(word) ? null : candidates[0];
        return candidates.Count == 0 ? Undoubled(word) ?? Redoubled(word) ?? CommonWord(word) : null;
    }

    /// <summary>
    /// The one common word, whose meaning the articles have, that <paramref name="word"/> misspells. A form of a common
    /// word ("easier", "rented") is spelt right, however near another word it is ("easter").
    /// </summary>
    private string? CommonWord(string word)
    {
        if (FormOfCommonWord(word)) return null;
        var candidates = Enumerable.Range(word.Length - 1, 3)
            .SelectMany(length => _commonByLength.GetValueOrDefault(length) ?? new List<string>())
            .Where(w => w[0] == word[0] && EditDistance.AtMostOne(w, word))
            .ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// "Coppying" for "copying": a letter typed twice, when the word without it has the stem of an article word ("copied").
    /// A double before a vowel may be how English spells a suffix ("robbers", "kidnapped"): it is left alone.
    /// </summary>
    private string? Undoubled(string word)
    {
        var variants = Enumerable.Range(1, word.Length - 1).Where(i => word[i] == word[i - 1] && (i + 1 == word.Length || !"aeiou".Contains(word[i + 1])))
            .Select(i => word.Remove(i, 1))
            .Where(v => _stems.Contains(TermAnalyzer.Stem(v))).Distinct().ToList();
        return variants.Count == 1 ? variants[0] : null;
    }

    /// <summary>
    /// "Stoped" for "stopped": the consonant English doubles before "-ing", "-ed" or "-er" written once, when the article
    /// word has the double and no article has the stem of the word as typed (which may read as another word: "stope").
    /// </summary>
    private string? Doubled(string word)
    {
        if (Suffixes.FirstOrDefault(word.EndsWith) is not { } suffix) return null;
        var body = word[..^suffix.Length];
        if (body.Length < 2 || "aeiouwxy".Contains(body[^1]) || !"aeiou".Contains(body[^2])) return null;
        var doubled = body + body[^1] + suffix;
        return _words.Contains(doubled) && !_stems.Contains(TermAnalyzer.Stem(word)) ? doubled : null;
    }

    private static readonly string[] Suffixes = { "ing", "ed", "ers", "er" };

    /// <summary>
    /// "Dissapear" for "disappear": the double written on the wrong consonant, when moving it gives the stem of an article word.
    /// </summary>
    private string? Redoubled(string word)
    {
        var variants = Enumerable.Range(1, word.Length - 1).Where(i => word[i] == word[i - 1] && !"aeiou".Contains(word[i]))
            .Select(i => word.Remove(i, 1))
            .SelectMany(single => Enumerable.Range(1, single.Length - 1).Where(j => !"aeiou".Contains(single[j]) && single[j] != single[j - 1]
                && (j + 1 == single.Length || single[j] != single[j + 1])).Select(j => single.Insert(j, single[j].ToString())))
            .Where(v => v != word && _stems.Contains(TermAnalyzer.Stem(v))).Distinct().ToList();
        return variants.Count == 1 ? variants[0] : null;
    }

    private bool FormOfCommonWord(string word) =>
        new[] { "s", "es", "ed", "d", "ing", "er", "r", "est", "st", "ly" }.Where(word.EndsWith).Select(e => word[..^e.Length])
            .SelectMany(b => new[] { b, b + "e", b.EndsWith('i') ? b[..^1] + "y" : b, b.Length > 2 && b[^1] == b[^2] ? b[..^1] : b })
            .Any(IsCommon);

    private bool IsCommon(string word) => _common.Contains(word) || _english?.Contains(word) == true;

    [GeneratedRegex(@"\b[a-z]{6,}\b")]
    private static partial Regex LowerCaseWord();
}
