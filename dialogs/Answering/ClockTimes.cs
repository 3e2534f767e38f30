using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "What time did the first fire start" asks for a time of day: "last month" is no answer to it, "2:10 a.m." or "on
/// Thursday morning" is.
/// </summary>
public static partial class ClockTimes
{
    /// <summary>True when the question asks for the time of day, not "what time of year".</summary>
    public static bool Asked(UnderstoodMessage message) => message.Expected == AnswerKind.Date && AskedTime().IsMatch(message.Normalized);

    /// <summary>True when the wording tells a time of day: a clock time or a part of the day.</summary>
    public static bool Tell(string wording) => TimeOfDay().IsMatch(wording);

    [GeneratedRegex(@"\b(what|which) time\b(?! of (the )?(year|month|week|season))|\bat what hour\b")]
    private static partial Regex AskedTime();

    [GeneratedRegex(@"\d[:.]\d\d|\b\d{1,2} ?[ap]\.?m\b|o'clock|\b(noon|midday|midnight|morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|nightfall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();
}
