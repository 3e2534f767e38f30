using System.Globalization;

namespace BriefingBot.Dialogs.Replies;

/// <summary>The plain-text form of a reply: the whole answer for channels that do not show cards.</summary>
public static class ReplyFormatter
{
    /// <summary>Headline, details, footer, then each cited sentence with its article and date.</summary>
    public static string ToText(BotReply reply)
    {
        var lines = new List<string> { reply.Headline };
        lines.AddRange(reply.Details.Select(d => "- " + d));
        if (!string.IsNullOrEmpty(reply.Footer)) lines.Add(reply.Footer);
        foreach (var citation in reply.Citations)
        {
            lines.Add("");
            lines.Add($"> \u201C{citation.Sentence}\u201D");
            lines.Add($"\u2014 {Source(citation)}");
        }

        return string.Join("\n", lines);
    }

    /// <summary>"Title, 19 April 2017" (with the publisher when known).</summary>
    public static string Source(Citation citation)
    {
        var date = Date(citation.Published);
        return string.IsNullOrWhiteSpace(citation.Source) ? $"{citation.ArticleTitle}, {date}" : $"{citation.ArticleTitle} ({citation.Source}), {date}";
    }

    /// <summary>An article's date as every reply writes it: "19 April 2017".</summary>
    public static string Date(DateTime published) => published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
