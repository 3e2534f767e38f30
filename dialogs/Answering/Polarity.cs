using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>How a sentence stands to what a yes-or-no question asks.</summary>
public enum Stance { Unclear, Negated, Affirmed }

/// <summary>
/// Whether a sentence denies or states the words a yes-or-no question asks about: "the clerk did not sign it", "signed
/// no contract", "nothing was signed", "refused to sign" deny "did the clerk sign"; a sentence without any negation,
/// hedge or condition that has every asked word states it. Two negations ("did not rule out") or a mix leave it unclear.
/// </summary>
public static partial class Polarity
{
    private const int Window = 4;
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "never", "nothing", "none", "neither", "nor", "without", "cannot" };
    private static readonly HashSet<string> NegatingVerbs = new(StringComparer.Ordinal) { "deni", "refus", "declin", "fail", "reject" };
    private static readonly HashSet<string> Breaks = new(StringComparer.Ordinal) { "but", "although", "though", "while", "because", "whereas", "however" };
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal) { "if", "whether", "unless", "could", "may", "might", "would", "unclear", "possibl", "probabl", "expect", "plan", "charg", "accus", "alleg", "suspect" };

    /// <summary>
    /// The sentence's stance on the asked words, each given with its synonyms' stems: denied when a negation stands just
    /// before one of them in its clause ("no evidence that it changed") or just after it ("paid no ransom") and no use of
    /// the same word is left undenied; stated when it has them all and no negation or hedge at all. When the question asks
    /// what someone did (<paramref name="askedActive"/>), an asked word after "was" or "were" is not stated; nor is one after "to".
    /// </summary>
    public static Stance Of(string sentence, IReadOnlyList<IReadOnlyCollection<string>> asked, bool askedActive = false)
    {
        var words = Word().Matches(TextNormalizer.Straighten(sentence)).Select(m => m.Value.ToLowerInvariant()).ToList();
        var stems = words.Select(TermAnalyzer.Stem).ToList();
        var denied = new HashSet<int>();
        var undenied = new HashSet<int>();
        var unstated = false;
        var conditional = false;
        for (var i = 0; i < words.Count; i++)
        {
            // "declined to say whether anyone paid": what follows "whether" or "if" in its clause is neither said nor denied.
            if (words[i] is "whether" or "if" or "unless") conditional = true;
            else if (IsBreak(words[i])) conditional = false;
            if (conditional) continue;
            var group = Enumerable.Range(0, asked.Count).FirstOrDefault(g => asked[g].Contains(stems[i]), -1);
            if (group < 0) continue;
            // "Did the firm pay" is not stated by "he was paid" (the firm did not do it) nor by "waits for it to pay".
            if (i > 0 && (words[i - 1] == "to" || (askedActive && words[i - 1] is "was" or "were" or "been" or "being"))) unstated = true;
            var negations = NegationsBefore(words, stems, i) + (i + 1 < words.Count && IsNegator(words[i + 1]) ? 1 : 0);
            if (negations >= 2) return Stance.Unclear;
            (negations == 1 ? denied : undenied).Add(group);
        }

        if (denied.Count > 0) return denied.Overlaps(undenied) ? Stance.Unclear : Stance.Negated;
        var plain = !words.Any(IsNegator) && !stems.Any(s => NegatingVerbs.Contains(s) || Hedges.Contains(s));
        return plain && !unstated && undenied.Count == asked.Count ? Stance.Affirmed : Stance.Unclear;
    }

    private static int NegationsBefore(List<string> words, List<string> stems, int at)
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

    private static bool IsBreak(string word) => Breaks.Contains(word) || word is "," or ";" or ":" or "—" or "–";

    private static bool IsNegator(string word) => Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*|,|;|:|—|–")]
    private static partial Regex Word();
}
