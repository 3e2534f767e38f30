using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// Numbers and amounts of a sentence via Recognizers (Number, Percentage, Currency) with their modifier ("up to",
/// "less than") and counted noun ("38 countries"); durations come from the time expressions ("90 days"); hyphenated
/// units and ages from <see cref="HyphenUnits"/> ("140-page", "27-year-old"); an age set off by commas after a name
/// ("NAME, 55,") from <see cref="QuantityWords.IsApposedAge"/>.
/// </summary>
public static partial class QuantityExtractor
{
    private static readonly Lazy<IModel> Numbers = new(() => new NumberRecognizer(Culture.English).GetNumberModel());
    private static readonly Lazy<IModel> Percentages = new(() => new NumberRecognizer(Culture.English).GetPercentageModel());
    private static readonly Lazy<IModel> Currencies = new(() => new NumberWithUnitRecognizer(Culture.English).GetCurrencyModel());

    [GeneratedRegex(@"\b(dozens|hundreds|thousands|millions|billions)\s+of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex VaguePattern();

    /// <summary>Loads the models so the first sentence does not pay their cold start.</summary>
    public static void WarmUp()
    {
        const string sample = "up to 90 days, less than seven percent, $5 million and 38 countries";
        _ = Numbers.Value.Parse(sample); _ = Percentages.Value.Parse(sample); _ = Currencies.Value.Parse(sample);
    }

    /// <summary>Quantities of the (straightened) sentence text, given its time expressions.</summary>
    public static IReadOnlyList<Quantity> Extract(string text, IReadOnlyList<TimeExpression> times)
    {
        var found = new List<Quantity>();
        foreach (var r in Percentages.Value.Parse(text).Where(r => Value(r) is not null && r.Text.Any(char.IsDigit) || WordNumber(r)))
        {
            found.Add(Build(text, r.Start, r.End + 1, Value(r) ?? 0, "%", "percentage"));
        }

        foreach (var r in Currencies.Value.Parse(text).Where(r => Value(r) is not null))
        {
            found.Add(Build(text, r.Start, r.End + 1, Value(r)!.Value, r.Resolution.GetValueOrDefault("unit")?.ToString() ?? "", "currency"));
        }

        foreach (var r in Numbers.Value.Parse(text))
        {
            if (Value(r) is not { } value || found.Any(q => Overlaps(q.Start, q.Start + q.Text.Length, r.Start, r.End + 1))) continue;
            if (HyphenUnits.After(text, r.End + 1) is { } hyphen) { found.Add(Build(text, r.Start, hyphen.End, value, hyphen.Unit, hyphen.Kind)); continue; }
            var time = times.FirstOrDefault(t => Overlaps(t.Start, t.Start + t.Text.Length, r.Start, r.End + 1));
            if (time is not null && time.Type != "duration") continue;
            if (time is not null) { found.Add(Build(text, r.Start, time.Start + time.Text.Length, value, DurationUnit(time.Timex), "duration")); continue; }
            if (r.Text.Equals("one", StringComparison.OrdinalIgnoreCase) || r.Resolution?.GetValueOrDefault("subtype")?.ToString() == "ordinal") continue;
            if (QuantityWords.IsApposedAge(text, r.Start, r.End + 1)) { found.Add(Build(text, r.Start, r.End + 1, value, "year", "age")); continue; }
            var before = NounBefore(text, r.Start);
            if (CountedNoun(text, r.End + 1, times) is { } noun && (before is null || QuantityWords.IsPlural(noun.Word))) found.Add(Build(text, r.Start, noun.End, value, noun.Word, "number"));
            else if (before is not null) found.Add(Build(text, r.Start, r.End + 1, value, before, "number"));
            else if (QuantityWords.ApposedNoun(text, r.Start, r.End + 1) is { } apposed) found.Add(Build(text, r.Start, r.End + 1, value, apposed, "number"));
        }

        foreach (Match m in VaguePattern().Matches(text))
        {
            if (CountedNoun(text, m.Index + m.Length, times) is not { } noun) continue;
            var q = Build(text, m.Index, noun.End, Magnitude(m.Groups[1].Value), noun.Word, "number");
            q.Modifier = m.Groups[1].Value.ToLowerInvariant();
            found.Add(q);
        }

        return found.OrderBy(q => q.Start).ToList();
    }

    private static Quantity Build(string text, int start, int end, double value, string unit, string kind)
    {
        var modifier = QuantityWords.ModifierBefore(text, start);
        var from = modifier is null ? start : start - modifier.Length - 1;
        return new Quantity { Text = text[from..end], Start = from, Value = value, Unit = unit, Kind = kind, Modifier = modifier?.ToLowerInvariant() };
    }

    private static (string Word, int End)? CountedNoun(string text, int from, IReadOnlyList<TimeExpression> times) =>
        QuantityWords.CountedNoun(text, from, times.Select(t => t.Start).ToList());

    /// <summary>
    /// The noun of "a crew of 21": what a number counts when the noun stands before it and no plural noun follows
    /// ("a crew of 21 sailors" counts sailors). Not a function or share word ("out of 21", "a total of 21").
    /// </summary>
    private static string? NounBefore(string text, int start)
    {
        var match = NounOfPattern().Match(text[..start]);
        if (!match.Success) return null;
        var word = match.Groups[1].Value;
        return Text.StopWords.Contains(word.ToLowerInvariant()) || QuantityWords.IsShareWord(word) ? null : word;
    }

    [GeneratedRegex(@"\b([A-Za-z]{3,}) of $")]
    private static partial Regex NounOfPattern();

    private static bool WordNumber(ModelResult r) => Value(r) is not null;

    private static double? Value(ModelResult r)
    {
        var raw = r.Resolution?.GetValueOrDefault("value")?.ToString()?.TrimEnd('%');
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool Overlaps(int a0, int a1, int b0, int b1) => a0 < b1 && b0 < a1;

    private static string DurationUnit(string timex) => timex.Length == 0 ? "" : timex[^1] switch
    {
        'D' => "day", 'W' => "week", 'M' => timex.StartsWith("PT") ? "minute" : "month", 'Y' => "year", 'H' => "hour", 'S' => "second", _ => "",
    };

    private static double Magnitude(string word) => word.ToLowerInvariant() switch
    {
        "dozens" => 24, "hundreds" => 200, "thousands" => 2000, "millions" => 2_000_000, _ => 2_000_000_000,
    };
}
