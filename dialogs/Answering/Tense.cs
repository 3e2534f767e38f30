using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Whether a question asks about what is still to happen ("how long will the repair take") and whether a sentence
/// speaks of it ("repairs would take six weeks"), so that a sentence about a past event of the same kind ("took ten
/// days to repair last year") does not outrank it; and whether a who-question asks about a present state ("who commands
/// the fleet"), which has no date, rather than an event.
/// </summary>
public static partial class Tense
{
    /// <summary>
    /// True for a question about what is still to happen, "when does the trial start" among them: the present tense of a
    /// beginning asks for a date to come, which neither an earlier date nor "since 2022" gives.
    /// </summary>
    public static bool AsksAhead(string normalized) => AheadQuestion().IsMatch(normalized) || AsksComingBeginning(normalized);

    /// <summary>True for "when does the trial start": the present tense of a beginning, which asks for a date to come.</summary>
    public static bool AsksComingBeginning(string normalized) => ComingBeginning().IsMatch(normalized);

    /// <summary>
    /// True for a question about a done event ("what did the court decide", "did the judge rule"): a sentence in which
    /// its verb is still to come ("will decide on Friday") does not answer it. "What did she say would happen" asks ahead.
    /// </summary>
    public static bool AsksDone(string normalized) => DoneQuestion().IsMatch(normalized) && !AsksAhead(normalized) && !AheadSentence().IsMatch(normalized);

    /// <summary>
    /// The stems of the verbs a sentence puts only in what is still to come ("will decide", "is expected to rule"), and
    /// nowhere else; "will not pay" states a decision already taken, so it is not one.
    /// </summary>
    public static IReadOnlyList<string> ComingOnly(string sentence)
    {
        var coming = ComingVerb().Matches(sentence).Select(m => m.Groups["verb"].Value.ToLowerInvariant()).ToList();
        if (coming.Count == 0) return Array.Empty<string>();
        var words = Words().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        // A verb also written outside the coming phrase ("decided last week and will decide again") is told as done too.
        return coming.Where(v => words.Count(w => w == v) == coming.Count(c => c == v) && TermAnalyzer.Terms(v) is [_])
            .Select(v => TermAnalyzer.Terms(v)[0]).Distinct().ToList();
    }

    [GeneratedRegex(@"^(?:(?:and|so|but|then) )?(?:(?:what|who|whom|which|how|where|why)\b.*\bdid|did)\b")]
    private static partial Regex DoneQuestion();

    [GeneratedRegex(@"\b(?:will|shall|(?:is|are) (?:to|due to|set to|expected to|scheduled to|likely to)|expects? to|plans? to)\s+(?!not\b)(?:(?:also|then|now|soon|formally|probably|only)\s+)?(?<verb>[A-Za-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComingVerb();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^when (?:does|do) .*\b(?:start|begin|open|reopen|resume|kick off)\b")]
    private static partial Regex ComingBeginning();

    /// <summary>True for a sentence that speaks of what is still to happen.</summary>
    public static bool SpeaksAhead(string sentence) => AheadSentence().IsMatch(sentence);

    /// <summary>True for a who-question in the present ("who commands …", "who is leading …"): a state, not an event with a date.</summary>
    public static bool AsksPresentState(string normalized) => PresentState().IsMatch(normalized);

    /// <summary>
    /// True for a sentence that opens by setting itself in an earlier time ("In 2022, …", "Last month, …", "In March last
    /// year …"): background to the story, not the story's own event.
    /// </summary>
    public static bool OpensEarlier(string sentence) => EarlierOpening().IsMatch(sentence);

    /// <summary>
    /// True for a question that asks about an earlier time ("before this one", "last year", "a year ago", "in 2021"), or
    /// about what was just said ("when was that stolen?" after an answer about an earlier theft).
    /// </summary>
    public static bool AsksEarlier(string normalized) => EarlierQuestion().IsMatch(normalized);

    [GeneratedRegex(@"^(?:In (?:1[89]|20)\d\d\b|In (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?: (?:last year|(?:1[89]|20)\d\d))?,?|Last (?:week|month|year)\b|(?:A|One|Two|Three) (?:weeks?|months?|years?) ago\b|Earlier this (?:week|month|year)\b)")]
    private static partial Regex EarlierOpening();

    [GeneratedRegex(@"\b(?:last|before|previous|previously|earlier|ago|past|prior|history|ever|again|(?:1[89]|20)\d\d|it|that|this|those|these|then|year|years|month|months|week|weeks|january|february|march|april|may|june|july|august|september|october|november|december)\b")]
    private static partial Regex EarlierQuestion();

    [GeneratedRegex(@"^who (?:(?:is|are) [a-z]+ing|(?!was\b|has\b|is\b|does\b)[a-z]+s)\b")]
    private static partial Regex PresentState();

    [GeneratedRegex(@"\b(will|won't|going to|expected to|is due to|are due to)\b")]
    private static partial Regex AheadQuestion();

    [GeneratedRegex(@"\b(will|would|won't|wouldn't|expects?|expected to|(is|are|was|were) due to|next (week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadSentence();
}
