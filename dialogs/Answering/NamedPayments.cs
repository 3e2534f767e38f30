using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What an amount of money is said to be ("300,000 euros in damages", "40,000 euros as a bribe"): an amount named
/// as one kind of payment does not answer a question about another ("what ransom did they want").
/// </summary>
public static class NamedPayments
{
    private static readonly HashSet<string> Kinds = new[]
    {
        "ransom", "compensation", "damages", "fee", "fine", "bail", "severance", "wage", "salary", "bribe", "reward",
        "refund", "aid", "funding", "grant", "pension", "budget", "price", "tax", "loan", "bonus", "subsidy",
    }.Select(TermAnalyzer.Stem).ToHashSet();

    /// <summary>
    /// True when the asked head noun is a kind of payment and the words after the amount name another ("in compensation",
    /// "as unpaid wages"): up to two modifiers may stand between.
    /// </summary>
    public static bool NamesOther(string? askedHead, string following)
    {
        if (askedHead is null || !Kinds.Contains(askedHead)) return false;
        var words = following.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':').ToLowerInvariant()).ToArray();
        if (words.Length < 2 || words[0] is not ("in" or "as")) return false;
        var named = words.Skip(1).Take(3).Select(TermAnalyzer.Stem).FirstOrDefault(Kinds.Contains);
        return named is not null && named != askedHead;
    }

    /// <summary>
    /// True when the words right before the amount name a kind of payment ("a reward of", "bail of") that the question
    /// neither says nor asks by a verb of paying or by the verb that hands it over or its synonym ("how much did the insurer put up",
    /// "how much did they ask for" of "demanded a ransom of"):
    /// what a painting was insured for is not the reward offered for it.
    /// </summary>
    public static bool NamesUnasked(string[] before, UnderstoodMessage message, Vocabulary vocabulary)
    {
        var kind = before.Length >= 2 && before[^1] == "of" ? TermAnalyzer.Stem(before[^2].ToLowerInvariant()) : null;
        if (kind is null || !Kinds.Contains(kind)) return false;
        var verbAt = before.Length >= 3 && before[^3].ToLowerInvariant() is "a" or "an" or "the" ? before.Length - 4 : before.Length - 3;
        // A particle ("put up a reward of") leaves the verb one word further back.
        var verb = before.Take(Math.Max(verbAt + 1, 0)).TakeLast(2).Reverse().Select(w => TermAnalyzer.Terms(w).FirstOrDefault()).FirstOrDefault(t => t is not null);
        return message.HeadNoun != kind && !message.Terms.Contains(kind) && !HeadNouns.AsksMoneyByVerb(message.Normalized)
            && (verb is null || !message.Terms.Any(t => vocabulary.Expand(t).Contains(verb)));
    }
}
