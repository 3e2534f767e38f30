using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Query;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// "Where were four of them caught?" … "what about the other two?": the last answer's sentence splits the count ("four of
/// them in a barn near Tarnby and two at a ferry pier"), and the phrase it gives right after the other count
/// tells about those.
/// </summary>
public static partial class OtherOfThem
{
    /// <summary>The count of "the other N" the message asks about ("two"), or null when it asks about no such part.</summary>
    public static string? Count(string normalized) => Question().Match(normalized) is { Success: true } m ? m.Groups["n"].Value : null;

    /// <summary>
    /// The place phrase right after <paramref name="count"/> in the sentence ("at a ferry pier on the east quay"), when the
    /// sentence says that count once; null otherwise.
    /// </summary>
    public static AnswerCandidate? After(IBriefingKnowledge knowledge, int sentenceId, string count)
    {
        var phrases = Phrase(count).Matches(knowledge.Sentence(sentenceId).Text);
        if (phrases.Count != 1) return null;
        var phrase = phrases[0].Groups["p"].Value.Trim();
        return new AnswerCandidate(char.ToUpperInvariant(phrase[0]) + phrase[1..], sentenceId, 1);
    }

    private static Regex Phrase(string count) =>
        new($@"\b{Regex.Escape(count)}(?: of them)?,? (?<p>(?:in|at|on|near|inside|outside|into|to) [^,;.""\u201d]+)", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\b(?:the )?other (?<n>two|three|four|five|six|seven|eight|nine|ten|\d+)( of them)?$")]
    private static partial Regex Question();
}
