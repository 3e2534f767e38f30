using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// What "how deep / tall / high / wide / far / heavy" asks for: an amount told as that dimension. "A 40-metre wall"
/// says how long the wall is, not how deep or how high; "how far" (or "how close") takes a distance from somewhere ("12 miles north of
/// the port") and "how heavy" a weight.
/// "How big" and "how large" take any measure of size ("40 square kilometres", "3,500 tonnes"), or a count of the
/// thing asked ("a crew of 14" for "how big is the crew") — not a count of something else ("two more ferries").
/// "How fast" takes a speed ("12 knots", "80 km/h", "40 kilometres an hour"), never a length of time.
/// </summary>
internal static class MeasureDimensions
{
    private static readonly Dictionary<string, string[]> DimensionWords = new()
    {
        ["deep"] = ["deep", "depth", "below", "beneath", "underground"],
        ["tall"] = ["tall", "high", "height"],
        ["high"] = ["tall", "high", "height", "altitude"],
        ["wide"] = ["wide", "width", "across"],
        ["far"] = ["from", "away", "off", "outside", "beyond", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "inland", "offshore"],
    };

    private static readonly string[] DistanceUnits = ["met", "kilom", "km", "mile", "yard", "feet", "foot", "inch", "centim"];
    private static readonly string[] WeightUnits = ["gram", "kg", "tonne", "ton", "pound", "lb", "ounce"];
    private static readonly string[] SpeedUnits = ["knot", "km/h", "kph", "kmh", "mph", "m/s"];
    private static readonly string[] PerHourWords = ["hour", "hourly", "/h"];
    private static readonly string[] SizeUnits = [.. DistanceUnits, .. WeightUnits, "square", "hectare", "acre", "cubic", "litre", "liter", "gallon", "barrel", "watt", "megawatt", "gigawatt", "byte", "gigabyte", "terabyte"];

    /// <summary>
    /// True when the quantity, with the words around it, measures the dimension asked ("deep", "far", …);
    /// <paramref name="countsAskedThing"/> says the quantity counts a noun of the question.
    /// </summary>
    public static bool Fits(string dimension, Quantity quantity, IEnumerable<string> nearbyWords, bool countsAskedThing) => dimension switch
    {
        "big" or "large" => countsAskedThing || HasUnit(quantity, SizeUnits) || nearbyWords.Any(w => SizeUnits.Any(u => w.StartsWith(u, StringComparison.OrdinalIgnoreCase))),
        // "How close was the drone": a distance, as for "how far".
        "far" or "close" or "near" => HasUnit(quantity, DistanceUnits) && IsNear(nearbyWords, DimensionWords["far"]),
        "heavy" => HasUnit(quantity, WeightUnits),
        "fast" => HasUnit(quantity, SpeedUnits) || (HasUnit(quantity, DistanceUnits) && nearbyWords.Take(6).Any(w => PerHourWords.Any(h => w.Contains(h, StringComparison.OrdinalIgnoreCase)))),
        _ when DimensionWords.TryGetValue(dimension, out var words) => IsNear(nearbyWords, words),
        _ => true,
    };

    /// <summary>True for an amount in a unit of size, weight or volume ("40,000 litres", "3 tonnes"): it counts its unit.</summary>
    public static bool IsMeasure(Quantity quantity) => HasUnit(quantity, SizeUnits);

    /// <summary>True for a length or distance ("38 metres", "a 5-km").</summary>
    public static bool IsLength(Quantity quantity) => HasUnit(quantity, DistanceUnits);

    private static bool IsNear(IEnumerable<string> nearbyWords, string[] words) => nearbyWords.Any(w => words.Contains(w.Trim(',', '.', ';', ':').ToLowerInvariant()));

    private static bool HasUnit(Quantity quantity, string[] units) =>
        units.Any(u => quantity.Unit.StartsWith(u, StringComparison.OrdinalIgnoreCase) || quantity.Text.Contains(u, StringComparison.OrdinalIgnoreCase));
}
