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

    /// <summary>
    /// "How many of them in Tarnia?" after "how many arrests in the dock raids": the last count asked again of the new
    /// place ("how many arrests in the dock raids in tarnia"), or null when the message is no such count or the last question counted nothing.
    /// </summary>
    public static string? Narrow(string normalized, string? lastQuestion)
    {
        var match = CountOfThem().Match(normalized);
        if (!match.Success || string.IsNullOrWhiteSpace(lastQuestion)) return null;
        var last = TextNormalizer.Normalize(lastQuestion);
        return last.StartsWith("how many ", StringComparison.Ordinal) ? $"{last} {match.Groups["x"].Value}" : null;
    }

    /// <summary>
    /// "And in Tarnia?" after "how many arrests in the dock raids in Vella": the last question asked again of the new
    /// place, in place of the place it ended with, or after a count that ended with none ("how many arrests in the dock
    /// raids in tarnia"); null when the message is no such place or the last question neither ends with one nor counts.
    /// </summary>
    public static string? Relocate(string normalized, string? lastQuestion)
    {
        var match = OtherPlace().Match(normalized);
        if (!match.Success || string.IsNullOrWhiteSpace(lastQuestion)) return null;
        var last = TextNormalizer.Normalize(lastQuestion);
        var place = match.Groups["x"].Value;
        if (EndingPlace().Match(last) is { Success: true } ending) return $"{ending.Groups["q"].Value} {place}";
        return last.StartsWith("how many ", StringComparison.Ordinal) || last.StartsWith("how much ", StringComparison.Ordinal) ? $"{last} {place}" : null;
    }

    [GeneratedRegex(@"^(and|what about|how about|and what about) (?<x>(in|at|from) \w+( \w+)?)$")]
    private static partial Regex OtherPlace();

    [GeneratedRegex(@"^(?<q>.+) (in|at|from) (?!the\b)\w+( \w+)?$")]
    private static partial Regex EndingPlace();

    [GeneratedRegex(@"^(and )?how many (of )?(them|those|these)( (were|was|are|is))? (?<x>(in|at|from|on) .+)$")]
    private static partial Regex CountOfThem();

    /// <summary>
    /// The last question asked again with a bare question word in place of its own ("when did X retake the ship" +
    /// "where?" → "where did X retake the ship"), or null when the last question does not open with one.
    /// </summary>
    public static string? AskAgain(string bareQuestion, string? lastQuestion)
    {
        if (string.IsNullOrWhiteSpace(lastQuestion)) return null;
        var last = TextNormalizer.Normalize(lastQuestion);
        var opening = QuestionOpening().Match(last);
        var word = bareQuestion.StartsWith("and ", StringComparison.Ordinal) ? bareQuestion[4..] : bareQuestion;
        return opening.Success && !last.StartsWith(word + " ", StringComparison.Ordinal) ? word + last[opening.Length..] : null;
    }

    /// <summary>
    /// "Until when?" after "guards will patrol the pier until the end of the regatta": the words after the last answer's
    /// own "until", to the end of its clause, or null when the message is no bare "until when" or the sentence has none.
    /// </summary>
    public static string? UntilPhrase(string bareQuestion, string sentence)
    {
        if (!UntilWhen().IsMatch(bareQuestion)) return null;
        var phrase = UntilIn().Match(sentence);
        return phrase.Success ? phrase.Groups["x"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^(and )?(until|till) when$")]
    private static partial Regex UntilWhen();

    [GeneratedRegex(@"\b(until|till) (?<x>[^,.;:""\u201d]+)", RegexOptions.IgnoreCase)]
    private static partial Regex UntilIn();

    /// <summary>True for "by whom?": the doer of the last question's verb is asked.</summary>
    public static bool AsksForAgent(string normalized) => Agent().IsMatch(normalized);

    [GeneratedRegex(@"^(and )?(by whom|by who|who by)\b")]
    private static partial Regex Agent();

    [GeneratedRegex(@"^(since when|how (long|many \w+|much)|what (time|year|month|date|day)|(when|where|who|whom|why)\b)")]
    private static partial Regex QuestionOpening();

    [GeneratedRegex(@"^(and|what about|how about|and what about|same for|same question for) (?!(who|whom|what|when|where|why|how|which|since|by)\b)(the )?(?<x>[^ ]+( [^ ]+){0,3})$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(who|what|where|when|which|how \w+) (is|are|was|were|does|did|do|leads|runs|heads) (the )?(?<x>.+)$")]
    private static partial Regex Subject();
}
