using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// The words of a why-question's closing time clause ("why did the shop close after the flood hit the town"): they set
/// the scene and need not be in the sentence that gives the reason ("the shop closed because its owner retired").
/// </summary>
public static partial class TimeClauses
{
    /// <summary>The terms of the clause after "after", "before", "when", "once", "while" or "following", among <paramref name="terms"/>; none when they would be all of the topical ones.</summary>
    public static IReadOnlyList<string> ContextTerms(AnswerKind kind, string text, IReadOnlyList<string> terms, Vocabulary vocabulary)
    {
        if (kind != AnswerKind.Reason || Clause().Match(text) is not { Success: true } clause) return Array.Empty<string>();
        var scene = TermAnalyzer.Terms(clause.Groups["scene"].Value).Where(terms.Contains).Distinct().ToList();
        return terms.Any(t => !vocabulary.IsSoft(t) && !scene.Contains(t)) ? scene : Array.Empty<string>();
    }

    /// <summary>Where a why-question's closing time clause starts in its text (at "after" …), or -1.</summary>
    public static int SceneStart(AnswerKind kind, string text) =>
        kind == AnswerKind.Reason && Clause().Match(text.ToLowerInvariant()) is { Success: true } clause ? clause.Index : -1;

    [GeneratedRegex(@"\b(after|before|when|once|while|following) (?<scene>.+)$")]
    private static partial Regex Clause();
}
