using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;
using BriefingBot.Knowledge.Extraction;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Finds entities a text names by the first words of a long name: "the harbour line company" for a name of three or
/// more words, by two or more of its first words (at least half), the last of them perhaps followed by another word
/// for the name's last one.
/// </summary>
public sealed partial class NameBeginnings
{
    private readonly EntityWordIndex _words;
    private readonly Vocabulary _vocabulary;

    /// <summary>Creates the finder.</summary>
    public NameBeginnings(EntityWordIndex words, Vocabulary vocabulary)
    {
        _words = words;
        _vocabulary = vocabulary;
    }

    /// <summary>Where in <paramref name="lower"/> (the text in lower case) a name begins; a place two entities' names begin at names neither.</summary>
    public IEnumerable<(int EntityId, int At, int Length)> In(string lower)
    {
        var hits = new List<(int EntityId, int At, int Length)>();
        foreach (var (entityId, prefix) in _words.NamePrefixes)
        {
            if (WordIndex(lower, prefix.Words) is var at and >= 0) hits.Add((entityId, at, SpanOf(lower, prefix)));
        }

        return hits.GroupBy(h => h.At).Where(g => g.Select(h => h.EntityId).Distinct().Count() == 1).Select(g => g.OrderByDescending(h => h.Length).First());
    }

    /// <summary>The prefix's length, with the word after it when that word stands for the name's last one.</summary>
    private int SpanOf(string lower, (string Words, bool AllButLast) prefix)
    {
        var at = WordIndex(lower, prefix.Words);
        if (at < 0 || !prefix.AllButLast) return prefix.Words.Length;
        var next = NextWord().Match(lower, at + prefix.Words.Length);
        var word = next.Success ? next.Groups["w"].Value : "";
        return word.Length > 0 && !_vocabulary.IsQuestionWord(word) && !IsVerbForm(word) && TermAnalyzer.Terms(word).Any() ? next.Index + next.Length - at : prefix.Words.Length;
    }

    /// <summary>"When was the harbour line built": a past form after the name's first words is the question's verb, not a name word.</summary>
    private static bool IsVerbForm(string word) => Knowledge.Extraction.VerbLemmatizer.IsPastForm(word);

    [GeneratedRegex(@"\G\s+(?<w>[a-z]+)")]
    private static partial Regex NextWord();

    private static int WordIndex(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        var bounded = at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + phrase.Length == text.Length || !char.IsLetter(text[at + phrase.Length]));
        return bounded ? at : -1;
    }
}
