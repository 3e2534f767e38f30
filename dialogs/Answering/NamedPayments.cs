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
}
