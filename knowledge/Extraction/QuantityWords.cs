using System.Text.RegularExpressions;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>The words around a number: its comparative modifier and the noun it counts.</summary>
public static partial class QuantityWords
{
    [GeneratedRegex(@"\b(up to|less than|more than|fewer than|greater than|at least|at most|about|around|nearly|almost|over|under|approximately|roughly|some|as many as|as few as|close to|upwards of|an estimated|only)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ModifierPattern();

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
        { "out", "total", "number", "majority", "minority", "average", "maximum", "minimum", "sum", "rate", "lot", "lots", "range", "score", "ratio", "none", "each", "one", "any", "all", "most", "some" };

    /// <summary>Words between a number and what it counts: "200 other firms", "20 more ships".</summary>
    private static readonly HashSet<string> Comparatives = new(StringComparer.OrdinalIgnoreCase) { "other", "more", "further", "additional", "fewer" };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
        { "men", "women", "people", "children", "police", "personnel", "staff", "feet", "teeth", "mice", "geese", "cattle" };

    /// <summary>"21 sailors", "six of the crew", "40 of its networked pumps": the words that may name what a number counts.</summary>
    [GeneratedRegex(@"\G(?:\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?|\s+|(?<=\s))([a-z][a-z'-]*)")]
    private static partial Regex NounPattern();

    /// <summary>The modifier right before a number, or null.</summary>
    public static string? ModifierBefore(string text, int start)
    {
        var match = ModifierPattern().Match(text[..start]);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// The noun a number counts: the last word of the lowercase run after it (up to four words, function words end it;
    /// "other"/"more" right after the number and "-ly" adverbs are passed over).
    /// </summary>
    public static (string Word, int End)? CountedNoun(string text, int from, IReadOnlyCollection<int> timeStarts)
    {
        var words = new List<(string Word, int End)>();
        foreach (Match m in NounPattern().Matches(text, from))
        {
            var word = m.Groups[1].Value;
            if (words.Count == 0 && Comparatives.Contains(word)) continue;
            if (word.Length > 4 && word.EndsWith("ly")) continue;
            if (Text.StopWords.Contains(word) || words.Count == 4 || Verbish(word, words.Count) || timeStarts.Contains(m.Groups[1].Index)) break;
            words.Add((word, m.Groups[1].Index + word.Length));
            if (IsPlural(word)) break;
        }

        return words.Count == 0 ? null : words[^1];
    }

    /// <summary>True for a word that names a part or a total rather than what is counted ("out", "total", "majority").</summary>
    public static bool IsShareWord(string word) => ShareWords.Contains(word);

    /// <summary>True for a plural ("ships", "countries", "men"), not "-ss", "-us", "-is" or "-ous" words.</summary>
    public static bool IsPlural(string word) => IrregularPlurals.Contains(word) ||
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("ous") && !word.EndsWith("us") && !word.EndsWith("is");

    private static bool Verbish(string word, int position) => position > 0 && (word.EndsWith("ed") || word is "are" or "were" or "will" or "have");

    /// <summary>
    /// The noun an approximate number set off by commas counts: "all the field radios in the army, about 340, were …"
    /// counts radios — the last plural of the few words before the comma. Without "about" ("the two men, 34 and 27,") the
    /// numbers may be ages, and count nothing.
    /// </summary>
    public static string? ApposedNoun(string text, int start, int end)
    {
        var modifier = ModifierBefore(text, start);
        if (modifier is null || modifier.Equals("only", StringComparison.OrdinalIgnoreCase) || end >= text.Length || text[end] != ',') return null;
        var before = text[..(start - modifier.Length - 1)];
        if (!before.EndsWith(", ", StringComparison.Ordinal)) return null;
        return before[..^2].Split(' ').TakeLast(5).Reverse().TakeWhile(w => w.All(char.IsLetter)).FirstOrDefault(w => w.All(char.IsLower) && IsPlural(w));
    }

    /// <summary>
    /// True for an age set off by commas right after a capitalised name: "Bence Lakatos, 55, was …", "Ola R., 41, and …".
    /// A month or weekday before the comma makes it a date's number instead.
    /// </summary>
    public static bool IsApposedAge(string text, int start, int end)
    {
        var name = NameBeforeComma().Match(text[..start]);
        return name.Success && !CalendarNames.Contains(name.Groups[1].Value) && ApposedAge.IsAge(text[start..end])
            && AgeClose().IsMatch(text[end..]);
    }

    [GeneratedRegex(@"\b([A-Z][\p{L}'-]*)\.?, $")]
    private static partial Regex NameBeforeComma();

    [GeneratedRegex(@"^(,|;|\.|\s+and\b)")]
    private static partial Regex AgeClose();
}
