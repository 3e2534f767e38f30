using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "How many arrests were there" counts what a verb did to people: "police arrested 12 people" answers it, one arrest a
/// person. The verb must stand right before the number (hedges like "about" or "more than" aside), and the number must
/// count people, so "raided 12 homes" never answers "how many raids".
/// </summary>
public static partial class CountedByVerb
{
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
        { "about", "around", "some", "nearly", "almost", "roughly", "over", "than", "more", "least", "at", "up", "to", "another", "a", "further" };

    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase) { "people", "persons", "men", "women", "suspects" };

    /// <summary>True when the verb of the counted <paramref name="head"/> ("arrest") does what the quantity counts to people.</summary>
    public static bool Counts(string head, string sentence, Quantity quantity, string following, Vocabulary vocabulary)
    {
        var before = QuantityContext.Around(sentence, quantity).Before.Reverse().SkipWhile(Hedges.Contains).FirstOrDefault();
        if (before is null || TermAnalyzer.Stem(before.ToLowerInvariant()) != head) return false;
        var nouns = $"{quantity.Unit} {quantity.Text} {following.Split(' ').FirstOrDefault()}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ';', ':'));
        return nouns.Any(n => People.Contains(n) || vocabulary.IsPersonNoun(n));
    }

    /// <summary>"How many were arrested": the verb a count with no noun asks about, or null.</summary>
    public static string? AskedVerb(string normalized) => NounlessCount().Match(normalized) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^how many (?:were|have been|had been|got) (\w+ed)\b")]
    private static partial Regex NounlessCount();
}
