using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a question asks about what is still to happen ("how long will the repair take") and whether a sentence
/// speaks of it ("repairs would take six weeks"), so that a sentence about a past event of the same kind ("took ten
/// days to repair last year") does not outrank it; and whether a who-question asks about a present state ("who commands
/// the fleet"), which has no date, rather than an event.
/// </summary>
public static partial class Tense
{
    /// <summary>True for a question about what is still to happen.</summary>
    public static bool AsksAhead(string normalized) => AheadQuestion().IsMatch(normalized);

    /// <summary>True for a sentence that speaks of what is still to happen.</summary>
    public static bool SpeaksAhead(string sentence) => AheadSentence().IsMatch(sentence);

    /// <summary>True for a who-question in the present ("who commands …", "who is leading …"): a state, not an event with a date.</summary>
    public static bool AsksPresentState(string normalized) => PresentState().IsMatch(normalized);

    [GeneratedRegex(@"^who (?:(?:is|are) [a-z]+ing|(?!was\b|has\b|is\b|does\b)[a-z]+s)\b")]
    private static partial Regex PresentState();

    [GeneratedRegex(@"\b(will|won't|going to|expected to|is due to|are due to)\b")]
    private static partial Regex AheadQuestion();

    [GeneratedRegex(@"\b(will|would|won't|wouldn't|expects?|expected to|(is|are|was|were) due to|next (week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadSentence();
}
