using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Every date expression of a sentence via Recognizers (English DateTime model), resolved against the article's
/// publication date; plus vague spans the model leaves out ("recent months"). "Now" is not a date of anything.
/// </summary>
public static partial class TimeExtractor
{
    private static readonly Lazy<DateTimeModel> Model = new(() => new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel());

    // "The summit opens on Monday": a beginning told in the present is a date to come, as news writes its schedules.
    [GeneratedRegex(@"\b(?:will|would|shall|plans? to|planned to|is to|are to|next|upcoming|scheduled|expects? to|intends? to|opens|begins|starts|resumes|(?:is|are) due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureTense();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|several|few|couple|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|decade|century|morning|evening|night|weekend|now|ago|recent\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWords();

    [GeneratedRegex(@"\b(?:in |over |during |until |through )?((?:recent|the past|the last|past|last) (?:few |several )?(days|weeks|months|years|decades))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecentPattern();

    /// <summary>Loads the model (its cold start is a second) so the first sentence does not pay it.</summary>
    public static void WarmUp() => Model.Value.Parse("He spoke last October, on Monday, for up to 90 days.", DateTime.Today);

    /// <summary>Time expressions of the (straightened) sentence text.</summary>
    public static IReadOnlyList<TimeExpression> Extract(string text, DateTime published)
    {
        var found = new List<TimeExpression>();
        foreach (var result in Model.Value.Parse(text, published))
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not List<Dictionary<string, string>> { Count: > 0 } values) continue;
            var value = TimeResolver.Pick(values, published, SpeaksAhead(text, result.Start));
            var timex = value.GetValueOrDefault("timex") ?? "";
            if (timex is "PRESENT_REF" or "FUTURE_REF" || !IsCalendarPhrase(result.Text, timex) || CountsANoun(text, result.Text, result.End)) continue;
            if (result.Text.StartsWith("within ", StringComparison.OrdinalIgnoreCase)) value = WithinAsDuration(value);
            timex = value.GetValueOrDefault("timex") ?? "";
            var start = TimeResolver.Start(value);
            found.Add(new TimeExpression
            {
                Text = text.Substring(result.Start, result.End - result.Start + 1),
                Start = result.Start,
                Timex = timex,
                Type = value.GetValueOrDefault("type") ?? result.TypeName.Replace("datetimeV2.", ""),
                ResolvedStart = timex == "PAST_REF" ? null : start,
                ResolvedEnd = timex == "PAST_REF" ? published : TimeResolver.End(value),
                Display = timex == "PAST_REF" ? $"{text.Substring(result.Start, result.End - result.Start + 1)} (before {published:d MMMM yyyy})" : TimeResolver.Display(value, result.Text),
            });
        }

        foreach (Match match in RecentPattern().Matches(text))
        {
            if (found.Any(t => match.Index < t.Start + t.Text.Length && t.Start < match.Index + match.Length)) continue;
            found.Add(Recent(match, published));
        }

        return found.OrderBy(t => t.Start).ToList();
    }

    /// <summary>
    /// Whether the clause holding the expression speaks of the future: in "told parliament on Thursday that the
    /// government would spend …" the "would" is the reported clause's, and Thursday is the one before publication.
    /// </summary>
    private static bool SpeaksAhead(string text, int start)
    {
        var clauseStart = ClauseBreak().Matches(text[..start]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var after = ClauseBreak().Match(text, start);
        var clauseEnd = after.Success ? after.Index : text.Length;
        return FutureTense().IsMatch(text[clauseStart..clauseEnd]);
    }

    [GeneratedRegex(@"[,;:—]|\bthat\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>Drops holiday and bare-noun readings ("single day" as Singles' Day, "a night", "annual").</summary>
    private static bool IsCalendarPhrase(string text, string timex)
    {
        if (!CalendarWords().IsMatch(text)) return false;
        var onlyUnit = Regex.IsMatch(text, @"^(?:after |for |in )?(?:a |an |the )?(?:single )?(day|night|week|month|year)$", RegexOptions.IgnoreCase);
        return !onlyUnit && !(Regex.IsMatch(timex, @"^XXXX-\d{2}-\d{2}$") && !Regex.IsMatch(text, @"\d"));
    }

    /// <summary>"At four sites": a bare number word before a noun counts the noun, it is no hour ("at four in the morning" is).</summary>
    private static bool CountsANoun(string text, string found, int end)
    {
        if (!BareNumberWord().IsMatch(found)) return false;
        var next = NextWord().Match(text, Math.Min(end + 1, text.Length));
        return next.Success && !NotANoun().IsMatch(next.Groups[1].Value);
    }

    [GeneratedRegex(@"^(?:(?:at|by|around|about|before|after|until|from|to) )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNumberWord();

    [GeneratedRegex(@"\G ([a-z][a-z'-]*)\b")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"^(?:in|on|at|and|or|o'clock|oclock|a|p|am|pm|this|that|that's|sharp|today|tonight|tomorrow|yesterday|when|while|as|after|before|until|local|gmt|utc|hours|the|to|or|but|with|by|for|of)$")]
    private static partial Regex NotANoun();

    private static Dictionary<string, string> WithinAsDuration(Dictionary<string, string> value)
    {
        var timex = value.GetValueOrDefault("timex") ?? "";
        var duration = Regex.Match(timex, @"P[T\dDWMYHS.]+").Value;
        return new Dictionary<string, string> { ["timex"] = duration, ["type"] = "duration" };
    }

    private static TimeExpression Recent(Match match, DateTime published)
    {
        var unit = match.Groups[2].Value.ToLowerInvariant();
        var span = unit switch { "days" => TimeSpan.FromDays(7), "weeks" => TimeSpan.FromDays(42), "months" => TimeSpan.FromDays(180), "years" => TimeSpan.FromDays(3 * 365), _ => TimeSpan.FromDays(20 * 365) };
        return new TimeExpression
        {
            Text = match.Value,
            Start = match.Index,
            Timex = "PAST_REF",
            Type = "daterange",
            ResolvedStart = published - span,
            ResolvedEnd = published,
            Display = $"{match.Groups[1].Value.ToLowerInvariant()} (before {published:MMMM yyyy})",
        };
    }
}
