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
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal) { "if", "whether", "unless", "could", "may", "might", "would", "unclear", "possibl", "probabl", "expect", "plan", "charg", "accus", "alleg", "suspect" };

    /// <summary>
    /// The sentence's stance on the asked words, each given with its synonyms' stems: denied when a negation stands just
    /// before one of them in its clause ("no sign that it moved") or just after it ("signed no lease") and no use of
    /// the same word is left undenied, the denied word being used as a verb; stated when it has them all as the question's
    /// <paramref name="own"/> stems (not synonyms) and no negation or hedge at all. When the question asks
    /// what someone did (<paramref name="askedActive"/>), an asked word after "was" or "were" is not stated; nor is one after "to".
    /// A denial followed in its clause by the question's <paramref name="subject"/> is about something done to it: unclear.
    /// </summary>
    public static Stance Of(string sentence, IReadOnlyList<IReadOnlyCollection<string>> asked, IReadOnlyList<string> own, bool askedActive = false, IReadOnlySet<string>? subject = null)
    {
        var words = Word().Matches(TextNormalizer.Straighten(sentence)).Select(m => m.Value.ToLowerInvariant()).ToList();
        var stems = words.Select(TermAnalyzer.Stem).ToList();
        var denied = new HashSet<int>();
        var undenied = new HashSet<int>();
        var stated = new HashSet<int>();
        var unstated = false;
        var conditional = false;
        for (var i = 0; i < words.Count; i++)
        {
            // "would not say whether anyone signed": what follows "whether" or "if" in its clause is neither said nor denied.
            if (words[i] is "whether" or "if" or "unless") conditional = true;
            else if (Negations.IsBreak(words[i])) conditional = false;
            if (conditional) continue;
            var group = Enumerable.Range(0, asked.Count).FirstOrDefault(g => asked[g].Contains(stems[i]), -1);
            if (group < 0) continue;
            // "Did the firm pay" is not stated by "he was paid" (the firm did not do it) nor by "waits for it to pay".
            if (i > 0 && (words[i - 1] == "to" || (askedActive && words[i - 1] is "was" or "were" or "been" or "being"))) unstated = true;
            var negations = Negations.Before(words, stems, i) + (i + 1 < words.Count && Negations.IsNegator(words[i + 1]) ? 1 : 0);
            if (negations >= 2) return Stance.Unclear;
            // "paid no fee to the clerk" denies the clerk was paid, not that the clerk paid.
            if (negations == 1 && subject is not null && Negations.AfterInClause(words, stems, i, subject)) return Stance.Unclear;
            // "never opened any boxes" denies opening, not buying them: a denial must fall on an asked verb.
            if (negations == 1 && Negations.UsedAsVerb(words, i)) denied.Add(group);
            else if (negations == 0) undenied.Add(group);
            // Only the question's own words state it: "talked" does not say "agreed".
            if (negations == 0 && stems[i] == own[group]) stated.Add(group);
        }

        if (denied.Count > 0) return denied.Overlaps(undenied) ? Stance.Unclear : Stance.Negated;
        var plain = !words.Any(Negations.IsNegator) && !stems.Any(s => Negations.NegatingVerbs.Contains(s) || Hedges.Contains(s));
        return plain && !unstated && stated.Count == asked.Count ? Stance.Affirmed : Stance.Unclear;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*|,|;|:|—|–")]
    private static partial Regex Word();
}
