using BriefingBot.Knowledge.Model;
using Microsoft.Recognizers.Definitions.English;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// An amount of money the recognizer missed because it knows the currency only by its full name: "900 dinars" or
/// "5 million florins" for the "Ruritanian florin". Words that are also everyday English ("mark", "real", "won") do not count.
/// </summary>
public static class CurrencyNames
{
    private static readonly HashSet<string> Everyday = new(StringComparer.OrdinalIgnoreCase) { "mark", "real", "won", "sol", "dram", "dong", "kip", "som", "lev", "lek", "rand", "kina", "pula" };

    private static readonly HashSet<string> Words = NumbersWithUnitDefinitions.CurrencySuffixList.Keys
        .Select(name => name.Split(' ')).Where(parts => parts.Length >= 2).Select(parts => parts[^1].ToLowerInvariant())
        .Where(word => !Everyday.Contains(word)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the quantity is an amount of money: a currency the recognizer read, or a number of a currency's units.</summary>
    public static bool IsMoney(Quantity quantity) =>
        quantity.Kind == "currency" || (quantity.Kind == "number" && quantity.Unit.Trim(',', '.').ToLowerInvariant() is var unit
            && (Words.Contains(unit) || (unit.EndsWith('s') && Words.Contains(unit[..^1]))));
}
