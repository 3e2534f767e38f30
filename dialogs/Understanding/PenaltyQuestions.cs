using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A question about the penalty someone could get ("what prison term could the men get if found guilty", "what fine could
/// the company face") asks for what a sentence states as "if convicted, they face up to 20 years in prison" or "could lead
/// to a fine of up to …": when the question also says which story it is about, the verb of getting it, the "if found
/// guilty" clause and the noun for who would get it ("they", "both men") only frame the question. "Found guilty" reads as
/// "convicted" here alone, as a word the sentence may hold.
/// </summary>
public static partial class PenaltyQuestions
{
    /// <summary>The term the articles write for being found guilty.</summary>
    public const string Convicted = "convict";

    [GeneratedRegex(@"\b(prison|jail|gaol|sentence|fine|penalty|punishment)\b")]
    private static partial Regex Penalty();

    [GeneratedRegex(@"\b(could|would|might|can|will|may) (?<who>(?:[a-z0-9'-]+ ){0,6}?)(?<verb>get|face|receive|be hit with|be given|serve)\b")]
    private static partial Regex Facing();

    [GeneratedRegex(@"\bif (?:(?:he|she|they|it) (?:is|are|gets?) )?(?<condition>found guilty|convicted)\b")]
    private static partial Regex Condition();

    /// <summary>
    /// The question's terms (among <paramref name="terms"/>, plus <see cref="Convicted"/> for "found guilty") that only frame
    /// a penalty question; none when it is no penalty question. <paramref name="namesMore"/> says the question names an entity.
    /// </summary>
    public static IReadOnlyList<string> ContextTerms(string normalized, IReadOnlyList<string> terms, bool namesMore)
    {
        if (!Penalty().IsMatch(normalized) || Facing().Match(normalized) is not { Success: true } facing) return Array.Empty<string>();
        var context = TermAnalyzer.Terms(facing.Groups["verb"].Value).ToList();
        if (Condition().Match(normalized) is { Success: true } condition) context.AddRange(TermAnalyzer.Terms(condition.Groups["condition"].Value).Append(Convicted));
        var penalty = TermAnalyzer.Terms(string.Join(' ', Penalty().Matches(normalized).Select(m => m.Value))).ToHashSet();
        var who = TermAnalyzer.Terms(facing.Groups["who"].Value).LastOrDefault();
        // "What prison term could the men get if found guilty" may be asked of any story with a trial: left as it is said,
        // it is answered only where its every word is. Its frame is one only when something else says which story it is.
        if (!namesMore && !terms.Any(t => t != who && !penalty.Contains(t) && !context.Contains(t))) return Array.Empty<string>();
        if (who is not null) context.Add(who);
        return context.Where(t => terms.Contains(t) || t == Convicted).Distinct().ToList();
    }
}
