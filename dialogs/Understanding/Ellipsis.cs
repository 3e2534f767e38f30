using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Understanding;

/// <summary>
/// Expands an elliptical follow-up ("and the coalition?", "what about Roe?") into the last question asked about
/// the new subject: the last question's subject is swapped for the new one.
/// </summary>
public static partial class Ellipsis
{
    /// <summary>The rewritten question, or null when the message is not elliptical or there is no earlier question.</summary>
    public static string? Rewrite(string normalized, string? lastQuestion)
    {
        var match = Pattern().Match(normalized);
        if (!match.Success || string.IsNullOrWhiteSpace(lastQuestion)) return null;
        var last = TextNormalizer.Normalize(lastQuestion);
        var subject = Subject().Match(last);
        return subject.Success ? last[..subject.Groups["x"].Index] + match.Groups["x"].Value : null;
    }

    [GeneratedRegex(@"^(and|what about|how about|and what about|same for|same question for) (the )?(?<x>[^ ]+( [^ ]+){0,3})$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(who|what|where|when|which|how \w+) (is|are|was|were|does|did|do|leads|runs|heads) (the )?(?<x>.+)$")]
    private static partial Regex Subject();
}
