using BriefingBot.Knowledge.Extraction;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The words that deny what stands near them in a clause ("not", "no", "never", "refused to", "ruled out") and the word
/// tests <see cref="Polarity"/> reads a sentence with: where a clause breaks, whether a word is used as a verb.
/// </summary>
internal static class Negations
{
    internal const int Window = 4;
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "never", "nothing", "none", "neither", "nor", "without", "cannot" };
    internal static readonly HashSet<string> NegatingVerbs = new(StringComparer.Ordinal) { "deni", "refus", "declin", "fail", "reject" };
    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal) { "but", "although", "though", "while", "because", "whereas", "however" };

    internal static int Before(List<string> words, List<string> stems, int at)
    {
        var count = 0;
        for (var j = at - 1; j >= Math.Max(0, at - Window); j--)
        {
            if (IsBreak(words[j])) break;
            if (IsNegator(words[j]) || NegatingVerbs.Contains(stems[j])) count++;
            // "ruled out" denies what follows; "did not rule out" then counts twice.
            if (words[j] == "out" && j > 0 && stems[j - 1] == "rule") count++;
        }

        return count;
    }

    internal static bool AfterInClause(List<string> words, List<string> stems, int at, IReadOnlySet<string> subject)
    {
        for (var j = at + 1; j < Math.Min(words.Count, at + 1 + 2 * Window) && !IsBreak(words[j]); j++)
        {
            if (subject.Contains(stems[j])) return true;
        }

        return false;
    }

    internal static bool UsedAsVerb(List<string> words, int at)
    {
        var word = words[at];
        if ((word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal))) || VerbLemmatizer.IsIrregularForm(word)) return true;
        var before = at > 0 ? words[at - 1] : "";
        return before is "to" or "not" or "never" or "will" or "would" or "can" or "could" or "may" or "might" or "must" or "should" or "did" or "do" or "does"
            || before.EndsWith("n't", StringComparison.Ordinal);
    }

    internal static bool IsBreak(string word) => Breaks.Contains(word) || word is "," or ";" or ":" or "—" or "–";

    internal static bool IsNegator(string word) => Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);
}
