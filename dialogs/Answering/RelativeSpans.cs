using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// A length of time said as a point counted from another: "for the next three weeks" lasts three weeks, "fixed it
/// ten minutes later" and "led them out in ten minutes" took ten minutes. The recognizer reads them as a date range or a time, not as a duration.
/// A span still to come ("the next three weeks") answers only a question about what is still to happen ("how long will …").
/// </summary>
public static partial class RelativeSpans
{
    /// <summary>The length of time the expression counts ("three weeks"), or null when it counts none the question asks.</summary>
    public static string? Of(TimeExpression time, string normalizedQuestion)
    {
        if (time.Type is "duration" or "set") return null;
        var match = CountedFromNow().Match(time.Text);
        if (match.Success && match.Groups["ahead"].Success && !Tense.AsksAhead(normalizedQuestion)) return null;
        if (!match.Success) match = CountedFromThen().Match(time.Text);
        if (!match.Success) match = Within().Match(time.Text);
        return match.Success ? match.Groups["span"].Value : null;
    }

    private const string Span = @"(?<span>(\d+|[a-z]+(-[a-z]+)?) (second|minute|hour|day|week|month|year|decade)s?)";

    [GeneratedRegex(@"^(the )?((?<ahead>next|coming)|past|last|previous) " + Span + "$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedFromNow();

    // "Led 410 pupils out in 25 minutes": it took 25 minutes.
    [GeneratedRegex("^(with)?in " + Span + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Within();

    [GeneratedRegex("^" + Span + " (later|earlier|afterwards|after|before)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedFromThen();
}
