using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>The words around a quantity in its sentence, and the words that say what it counts.</summary>
public static class QuantityContext
{
    /// <summary>The sentence's words before and after the quantity.</summary>
    public static (string[] Before, string[] After) Around(string sentence, Quantity quantity)
    {
        var start = Math.Clamp(quantity.Start, 0, sentence.Length);
        var end = Math.Min(sentence.Length, start + quantity.Text.Length);
        return (sentence[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries), sentence[end..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The words that say what the quantity counts: those after it up to the end of its list item ("seven percent of
    /// the territory"; "300 guards, two dogs" stops at the comma), or the noun of "a crew of 21".
    /// </summary>
    public static string Following(string sentence, Quantity quantity, bool partitive = false)
    {
        var (preceding, after) = Around(sentence, quantity);
        var before = preceding.Length >= 2 && preceding[^1] == "of" ? preceding[^2..^1] : Array.Empty<string>();
        // "Eight of the club's 40 members" counts members: a part's words run on past its "of".
        var item = after.Take(partitive && after.FirstOrDefault() == "of" ? 6 : 4).TakeWhile((_, i) => i == 0 || !EndsItem(after[i - 1]));
        return string.Join(' ', before.Concat(item));
    }

    /// <summary>The terms of the quantity, its unit and <paramref name="following"/> words.</summary>
    public static HashSet<string> Counted(Quantity quantity, string following) => TermAnalyzer.Terms($"{quantity.Unit} {quantity.Text} {following}").ToHashSet();

    /// <summary>What the quantity itself counts: its unit and words, or the noun of "a crew of 14" — not the next item of its list.</summary>
    public static HashSet<string> OwnNoun(string sentence, Quantity quantity)
    {
        var before = Around(sentence, quantity).Before;
        var nounOf = before.Length >= 2 && before[^1] == "of" ? before[^2] : "";
        return Counted(quantity, nounOf);
    }

    private static bool EndsItem(string word) => word[^1] is ',' or ';' or ':';
}
