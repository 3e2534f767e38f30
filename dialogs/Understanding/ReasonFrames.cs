using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The words of a why-question that only frame the asked reason: "why is the army involved in the theft" or "why did
/// he get involved with the gang" asks why someone took part, and the answering sentence says it with its own verb
/// ("the army has joined the case because …", "he was introduced to the gang after …"), not with "involved".
/// </summary>
public static partial class ReasonFrames
{
    /// <summary>The stems of the framing words in a why-question's normalised text, among <paramref name="terms"/>; none for other questions.</summary>
    public static IEnumerable<string> ContextTerms(AnswerKind kind, string normalized, IReadOnlyList<string> terms) =>
        kind != AnswerKind.Reason ? Enumerable.Empty<string>()
            : Involvement().Matches(normalized).Select(m => TermAnalyzer.Stem(m.Groups["frame"].Value)).Where(terms.Contains).Distinct();

    [GeneratedRegex(@"\b(?<frame>involved)(?= (?:in|with)\b|$)")]
    private static partial Regex Involvement();
}
