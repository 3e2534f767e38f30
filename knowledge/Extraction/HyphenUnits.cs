using System.Text.RegularExpressions;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// A number written as a hyphenated adjective: "140-page" (unit page), "27-year-old" (an age in years). "14-day" is
/// left to the time expressions, which make it a duration.
/// </summary>
public static partial class HyphenUnits
{
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
        { "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century" };

    [GeneratedRegex(@"\G-([a-z]+)(-old)?\b")]
    private static partial Regex Pattern();

    /// <summary>The unit, kind ("age" or "number") and end of a hyphenated unit starting at <paramref name="from"/>, or null.</summary>
    public static (string Unit, string Kind, int End)? After(string text, int from)
    {
        var match = Pattern().Match(text, from);
        if (!match.Success) return null;
        var unit = match.Groups[1].Value;
        if (match.Groups[2].Success) return (unit.TrimEnd('s'), "age", match.Index + match.Length);
        return TimeUnits.Contains(unit) ? null : (unit, "number", match.Index + match.Length);
    }
}
