using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A length of time in a clause still to come ("would approve a plan to spend 40 million euros over five years") is how
/// long a plan will run: it does not say how long something has lasted or took ("how long has he been in the job",
/// "how long was it shut").
/// </summary>
public static partial class PlannedSpans
{
    /// <summary>True when <paramref name="quantity"/> is a span still to come and the question asks about one already run.</summary>
    public static bool AnswerOnlyAhead(string sentence, Quantity quantity, string normalizedQuestion)
    {
        if (!DoneSpanQuestion().IsMatch(normalizedQuestion)) return false;
        var before = sentence[..Math.Clamp(quantity.Start, 0, sentence.Length)];
        var clause = ClauseBoundary().Split(before)[^1];
        return Tense.SpeaksAhead(clause);
    }

    [GeneratedRegex(@"^(?:(?:and|so|but|then) )?(?:for )?how long (?:has|have|had|did|was|were)\b")]
    private static partial Regex DoneSpanQuestion();

    [GeneratedRegex(@"[,;:]|\s[—–-]\s|\bthat\b|\bwhile\b|\bbut\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();
}
