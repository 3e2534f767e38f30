using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A verb that only belongs to an idiom with a noun of the question ("what flag does the ship fly", "which flag does she
/// sail under", "how long were they held hostage") adds nothing the noun does not say: the answering sentence ("the Liberian-flagged Aurora Crest") need not hold it, nor need any article use it.
/// </summary>
public static class IdiomVerbs
{
    private static readonly (string Noun, string[] Verbs)[] Idioms =
    {
        ("flag", new[] { "fly", "flies", "flew", "flown", "flying", "sail", "sails", "sailed", "sailing" }),
        // "How long were they held hostage": the captivity is the noun's ("freed after 40 days in captivity").
        ("captive", new[] { "hold", "held", "holding", "keep", "kept", "keeping" }),
        ("hostage", new[] { "hold", "held", "holding", "keep", "kept", "keeping", "take", "took", "taken", "taking" }),
    };

    private static readonly (string Noun, HashSet<string> Verbs)[] Stemmed =
        Idioms.Select(i => (TermAnalyzer.Stem(i.Noun), i.Verbs.Select(TermAnalyzer.Stem).ToHashSet())).ToArray();

    /// <summary>The terms among <paramref name="terms"/> that are the verb of an idiom with another of them.</summary>
    public static IEnumerable<string> In(IReadOnlyList<string> terms) =>
        Stemmed.Where(i => terms.Contains(i.Noun)).SelectMany(i => terms.Where(i.Verbs.Contains));
}
