using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many people use the ferry every day" asks a rate: only a number the sentence gives per day ("12,000 passengers a
/// day", "a daily 12,000") answers it, not a number of people on one day or in one year.
/// </summary>
public static partial class CountedRates
{
    /// <summary>The unit of the rate the question asks ("day" of "every day", "per day", "daily"), or null.</summary>
    public static string? Asked(string normalized)
    {
        var match = AskedRate().Match(normalized);
        return !match.Success ? null : match.Groups["unit"].Success ? match.Groups["unit"].Value : UnitOf(match.Groups["adverb"].Value);
    }

    /// <summary>True when the sentence gives the quantity per <paramref name="unit"/>: "a day" or "per day" right after it, or "daily" before it.</summary>
    public static bool Stated(string sentence, Quantity quantity, string unit)
    {
        var (before, after) = QuantityContext.Around(sentence, quantity);
        var next = string.Join(' ', after.Take(3).Select(w => w.Trim(',', '.', ';', ':').ToLowerInvariant()));
        var previous = before.LastOrDefault()?.ToLowerInvariant();
        return Regex.IsMatch(next, $@"^((of |in )?[a-z-]+ )?(a|an|per|each|every) {unit}\b") || next.StartsWith(Adverb(unit), StringComparison.Ordinal) || previous == Adverb(unit);
    }

    private static string UnitOf(string adverb) => adverb switch { "daily" => "day", "nightly" => "night", "annually" or "yearly" => "year", _ => adverb[..^2] };

    private static string Adverb(string unit) => unit switch { "day" => "daily", "night" => "nightly", _ => unit + "ly" };

    [GeneratedRegex(@"\b(a|per|every|each) (?<unit>day|week|month|year|hour|night)\b|\b(?<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly)\b")]
    private static partial Regex AskedRate();
}
