using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many of the crew …" asks a part of a whole: in "eight of the club's 40 members" the answer is "eight", and 40
/// (the whole the part is taken from) is not.
/// </summary>
public static partial class CountedParts
{
    /// <summary>True for "how many of the …" (or "of its", "of their" …).</summary>
    public static bool AsksPart(string normalized) => Part().IsMatch(normalized);

    /// <summary>True when the quantity is the whole of a part named just before it ("eight of the club's 40").</summary>
    public static bool IsWholeOfAPart(string sentence, Quantity quantity, IReadOnlyList<Quantity> all) =>
        all.Any(part => part.Start < quantity.Start && QuantityContext.Around(sentence, part).After.FirstOrDefault() == "of"
            && sentence[Math.Min(sentence.Length, part.Start + part.Text.Length)..Math.Clamp(quantity.Start, 0, sentence.Length)] is var between
            && !between.Contains(',') && between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4);

    [GeneratedRegex(@"^how many of (the|its|their|these|those) ")]
    private static partial Regex Part();
}
