using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Extraction;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The purpose a sentence gives with "to" and a verb ("travelled to Tarnby in January to buy chemicals", "a chemical
/// used in small amounts to reduce the acidity"): the verb has an object after it, and "to" does not follow a word that
/// takes the infinitive as its object ("refused to answer questions", "agreed to pay the", "asked him to leave the").
/// </summary>
public static partial class PurposeClauses
{
    private static readonly HashSet<string> TakeInfinitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "want", "wants", "try", "tries", "agree", "agrees", "refuse", "refuses", "plan", "plans", "need", "needs", "able", "unable",
        "going", "have", "has", "be", "is", "are", "am", "due", "likely", "unlikely", "about", "how", "what", "where", "whether", "order",
        "him", "her", "them", "us", "me", "you", "it", "enough", "decision", "attempt", "bid", "effort", "failure", "right", "chance",
        "ready", "willing", "seem", "seems", "appear", "appears", "hope", "hopes", "expect", "expects", "continue", "continues", "begin", "begins",
    };

    private static readonly HashSet<string> NoVerb = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "be", "have", "date", "court", "prison", "jail",
        "hospital", "power", "work", "school", "death", "life",
    };

    /// <summary>The purpose clause of <paramref name="text"/> from its "to", or null when it gives none.</summary>
    public static string? In(string text) =>
        Purpose().Matches(text).FirstOrDefault(m => Gives(m.Groups["before"].Value, m.Groups["verb"].Value)) is { } match ? match.Groups["clause"].Value : null;

    private static bool Gives(string before, string verb) =>
        !TakeInfinitive.Contains(before) && !VerbLemmatizer.IsPastForm(before) && !NoVerb.Contains(verb)
        && !verb.EndsWith("ing", StringComparison.Ordinal) && !VerbLemmatizer.IsPastForm(verb) && !verb.EndsWith('s');

    [GeneratedRegex(@"\b(?<before>[\p{L}']+) (?<clause>to (?<verb>[a-z]+) (?=(?:the|a|an|his|her|its|their|them|him|it|[a-z]+s)\b)[^.;]+)")]
    private static partial Regex Purpose();
}
