using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// "What did officers take from his flat", "what was taken in the raids": "take" asking for the things taken is a
/// question word no sentence is matched by, so it is asked as "seize", the verb reports use for what police take away.
/// "Take over", "take place" and the like keep their own sense. "What did the thieves get for the camera" asks the
/// price of a thing sold, so it is asked as "how much did the thieves sell the camera for".
/// </summary>
public static partial class TakenThings
{
    /// <summary>The question with "take" asked as "seize", or null when "take" asks for no taken thing.</summary>
    public static string? Rewrite(string normalized)
    {
        if (PricePattern().Match(normalized) is { Success: true } price) return $"how much {price.Groups["doer"].Value} sell {price.Groups["thing"].Value} for";
        var match = Pattern().Match(normalized);
        if (!match.Success) return null;
        var verb = match.Groups["verb"];
        var seized = verb.Value == "take" ? "seize" : "seized";
        return normalized[..verb.Index] + seized + normalized[(verb.Index + verb.Length)..];
    }

    [GeneratedRegex(@"^what (?:(?:did|do|does|have|has|had|will|would) (?!it\b)[a-z' -]+? (?<verb>take)|(?:was|were|has been|have been|had been|got|get) (?<verb>taken))(?! (?:over|off|out|place|part|up|on|down|away|back|to|long|hold|care|time)\b)(?=$| )")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^what (?<doer>(?:did|do|does|will|would) (?!it\b)[a-z' -]+?) get for (?<thing>(?:the|a|an|their|his|her|its) [a-z' -]+?)\??$")]
    private static partial Regex PricePattern();
}
