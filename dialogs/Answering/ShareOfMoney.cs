using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Fines of up to 4 percent of their turnover": a share of a sum of money is an amount of money too, so it answers a
/// question about a fine, a fee or a cost as a currency amount does.
/// </summary>
public static class ShareOfMoney
{
    private static readonly HashSet<string> MoneyNouns = new(StringComparer.OrdinalIgnoreCase)
        { "turnover", "revenue", "revenues", "income", "sales", "profit", "profits", "salary", "salaries", "wages", "earnings", "budget", "price", "value" };

    /// <summary>True for a percentage followed by "of" and a sum of money ("4 percent of their annual turnover").</summary>
    public static bool Is(Quantity quantity, string following)
    {
        var words = following.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':')).ToList();
        return quantity.Kind == "percentage" && words.FirstOrDefault() == "of" && words.Skip(1).Take(3).Any(MoneyNouns.Contains);
    }
}
