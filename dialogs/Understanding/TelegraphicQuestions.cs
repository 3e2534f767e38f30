using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// A question typed as a bare noun phrase that ends with what it wants ("harbour fee amount", "strike date", "depot
/// location") is asked as the question it stands for ("how much is the harbour fee", "when was the strike", "where is
/// the depot"), and "length of the tunnel" as "how long is the tunnel".
/// </summary>
public static partial class TelegraphicQuestions
{
    /// <summary>The question the noun phrase stands for, or null when the message is not such a phrase.</summary>
    public static string? Rewrite(string normalized)
    {
        if (MeasureOf().Match(normalized) is { Success: true } measure) return $"how {Dimensions[measure.Groups["measure"].Value]} is the {measure.Groups["topic"].Value}";
        var match = Pattern().Match(normalized);
        if (!match.Success) return null;
        var topic = match.Groups["topic"].Value;
        return match.Groups["shape"].Value switch
        {
            "date" => $"when was the {topic}",
            "location" => $"where is the {topic}",
            _ => $"how much is the {topic}",
        };
    }

    /// <summary>"Length of the tunnel", "what is the depth of the well": the dimension asked as "how long", "how deep".</summary>
    private static readonly Dictionary<string, string> Dimensions = new()
    {
        ["length"] = "long", ["depth"] = "deep", ["width"] = "wide", ["height"] = "high",
    };

    [GeneratedRegex(@"^((what|whats|what's)( is| was)? )?(the )?(?<measure>length|depth|width|height) of (the )?(?<topic>[a-z0-9'-]+( [a-z0-9'-]+){0,5})$")]
    private static partial Regex MeasureOf();

    [GeneratedRegex(@"^(?!(who|whom|whose|what|what's|when|where|which|why|how|is|are|was|were|did|does|do|can|could|has|have|had|will|would|should|tell|give|show|list|and|so|but|the|a|an|its|their|his|her)\b)(?<topic>[a-z0-9'-]+( [a-z0-9'-]+){0,4}) (?<shape>amount|sum|figure|date|location)$")]
    private static partial Regex Pattern();
}
