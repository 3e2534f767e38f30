using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A sentence that states a punishment in years or months ("if convicted, he faces up to nine years in prison", "is
/// serving 14 years for fraud", "was jailed for three years") is about a sentence and about prison, whichever of the
/// two words it uses: the index gives it both terms, so "what is the maximum sentence the clerk could get" and "how long
/// is his prison term" find it.
/// </summary>
public static partial class PenaltyTerms
{
    /// <summary>The terms a punishment-stating sentence holds, analysed as the articles' words are.</summary>
    public static readonly IReadOnlyList<string> Terms = TermAnalyzer.Terms("sentence prison").ToList();

    [GeneratedRegex(@"\b(years?|months?) (in (prison|jail)|behind bars)\b|\bserving (a |an )?([a-z0-9-]+ ){1,3}(years?|months?)\b|\b(sentenced|jailed|imprisoned) (to|for) ([a-z0-9-]+ ){1,3}(years?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Punishment();

    /// <summary>True when the text states a punishment.</summary>
    public static bool StatedIn(string text) => Punishment().IsMatch(text);
}
