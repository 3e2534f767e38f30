using System.Globalization;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>Picks one resolution among Recognizers' candidates and words it for people ("October 2016").</summary>
public static class TimeResolver
{
    /// <summary>The candidate at or before the publication date (news reports the past), or after it when the sentence speaks of the future.</summary>
    public static Dictionary<string, string> Pick(IReadOnlyList<Dictionary<string, string>> values, DateTime published, bool future = false)
    {
        // "Before early November" has an end and no start.
        static DateTime? Key(Dictionary<string, string> v) => Start(v) ?? End(v);
        var chosen = future
            ? values.Where(v => Key(v) is { } s && s > published).OrderBy(Key).FirstOrDefault()
            : values.Where(v => Key(v) is { } s && s <= published).OrderByDescending(Key).FirstOrDefault();
        return chosen ?? values[0];
    }

    /// <summary>Start of the resolved period ("start", else "value" for dates).</summary>
    public static DateTime? Start(Dictionary<string, string> value) =>
        Parse(value.GetValueOrDefault("start")) ?? (value.GetValueOrDefault("type") is "date" or "datetime" ? Parse(value.GetValueOrDefault("value")) : null);

    /// <summary>End of the resolved period, exclusive (a date lasts one day).</summary>
    public static DateTime? End(Dictionary<string, string> value)
    {
        if (Parse(value.GetValueOrDefault("end")) is { } end) return end;
        return value.GetValueOrDefault("type") == "date" && Start(value) is { } start ? start.AddDays(1) : null;
    }

    /// <summary>Human wording of the resolution.</summary>
    public static string Display(Dictionary<string, string> value, string text)
    {
        var timex = value.GetValueOrDefault("timex") ?? "";
        var start = Start(value);
        var prefix = value.GetValueOrDefault("Mod") switch { "since" => "since ", "before" => "before ", "after" => "after ", "until" => "until ", _ => "" };
        if (start is null) return text;
        var d = start.Value;
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(years?|decades?|centur(y|ies))\s+ago\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)) return $"about {d.Year}";
        var words = timex switch
        {
            _ when System.Text.RegularExpressions.Regex.IsMatch(timex, @"^\d{4}$") => d.ToString("yyyy", CultureInfo.InvariantCulture),
            _ when System.Text.RegularExpressions.Regex.IsMatch(timex, @"^(\d{4}|XXXX)-\d{2}$") => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ when value.GetValueOrDefault("type") == "date" || (End(value) is { } e1 && (e1 - d).TotalDays <= 1) => d.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
            _ when End(value) is { } e => $"{d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} to {e.AddDays(-1).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
            _ => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        };
        return prefix + words;
    }

    private static DateTime? Parse(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
