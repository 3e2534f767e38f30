using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Tells whether a sentence points back to something named before it: it opens with a pronoun
/// ("He added…", "However, it…") or says "the group", "the company", "the network"…
/// Only such a sentence may borrow the names of the sentences just before it.
/// </summary>
public static partial class Anaphora
{
    /// <summary>True when the sentence refers back.</summary>
    public static bool RefersBack(string sentence) => Pattern().IsMatch(sentence);

    [GeneratedRegex(@"^\W*((however|but|and|still|meanwhile|nevertheless|yet|instead|now)\b,?\s*)?(he|she|it|its|they|their|his|her)\b|\b(the|this|that|both|the two) (groups?|company|firm|operator|ship|vessel|coalition|organi[sz]ation|agency|network|committee|program|programme|gang|terminal|port)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
