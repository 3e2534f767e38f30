using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Text;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// The question's words that name a story as a whole: those of a noun phrase after a preposition and "the" ("who led the
/// talks in the harbour strike", "how many arrests in the dock raids"), or the subject of a when, where or why question
/// ("when were the dock workers paid"), never the thing asked about ("which unions did the strikers join", where "unions"
/// is the asked thing and "the strikers" may hold it).
/// </summary>
public static partial class StoryPhrase
{
    [GeneratedRegex(@"\b(?:of|in|on|into|behind|over|about|against|during|after|since|for|with|from|at)\s+the\s+((?:[a-z0-9'-]+\s*){1,4})|^(?:when|where|why)\s+(?:was|were|is|are|did|does|do|has|have|had|will|would)\s+the\s+((?:[a-z0-9'-]+\s*){1,4})")]
    private static partial Regex NamingPhrase();

    /// <summary>Words that end a naming phrase (prepositions, conjunctions, auxiliaries).</summary>
    internal static readonly HashSet<string> Ends = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "at", "to", "by", "with", "for", "from", "and", "or", "before", "after", "when", "while", "that",
        "who", "which", "was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "carried", "said",
    };

    /// <summary>The analysed terms of the question's naming phrases; with <paramref name="subjects"/> false, only of those after a preposition.</summary>
    public static HashSet<string> TermsIn(string question, bool subjects = true)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in NamingPhrase().Matches(question.ToLowerInvariant()))
        {
            if (!subjects && !match.Groups[1].Success) continue;
            var words = (match.Groups[1].Success ? match.Groups[1] : match.Groups[2]).Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !Ends.Contains(w));
            terms.UnionWith(TermAnalyzer.Terms(string.Join(' ', words)));
        }

        return terms;
    }
}
