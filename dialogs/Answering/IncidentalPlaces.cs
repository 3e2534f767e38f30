using System.Text.RegularExpressions;
using BriefingBot.Dialogs.Understanding;
using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Dialogs.Answering;

/// <summary>
/// Places a sentence names only on the side, which never answer a where-question about its events: where a statement was
/// made ("he told reporters in Brill that the ship sank", "'All are safe,' he told reporters in Brill.") and where a named body is based ("the Brill-based firm said
/// the ship sank"). A question about saying, or one with "based" in it, may still take them.
/// </summary>
public static partial class IncidentalPlaces
{
    /// <summary>True when every mention of the place in the sentence is one on the side.</summary>
    public static bool Only(Sentence sentence, IEnumerable<Mention> mentions, UnderstoodMessage message)
    {
        var list = mentions.ToList();
        if (list.Count == 0 || message.Normalized.Contains("based", StringComparison.Ordinal) || ReportingVerbs.Pattern.IsMatch(message.Normalized)
            || AsksWhereSpoken().IsMatch(message.Normalized)) return false;
        return list.All(m => IsOnTheSide(sentence.Text, m) && !BasesAskedBody(sentence.Text, m, message));
    }

    /// <summary>
    /// "Where is his institute": "the Brill-based Institute for Fish Studies" says where the asked body is, when the
    /// question asks nothing but words of the body's name or noun.
    /// </summary>
    private static bool BasesAskedBody(string text, Mention mention, UnderstoodMessage message)
    {
        if (!IsBase(text, mention, out var after)) return false;
        var terms = Knowledge.Text.TermAnalyzer.Terms(BasedBody().Match(after).Groups["body"].Value);
        return message.Terms.Count > 0 && message.Terms.All(terms.Contains);
    }

    /// <summary>True when the mention is the place of "Brill-based"; <paramref name="after"/> is the text after the mention.</summary>
    private static bool IsBase(string text, Mention mention, out string after)
    {
        after = text[Math.Min(text.Length, mention.Start + mention.Surface.Length)..];
        return mention.Surface.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || after.StartsWith("-based", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body after "-based", up to the first comma, bracket or full stop.</summary>
    [GeneratedRegex(@"^(-based)?\s+(?<body>[^,;().]+)")]
    private static partial Regex BasedBody();

    /// <summary>True when this mention of a place only says where a statement was made or where a named body is based.</summary>
    public static bool IsOnTheSide(string text, Mention mention)
    {
        if (IsBase(text, mention, out var after)) return true;
        var before = text[..Math.Clamp(mention.Start, 0, text.Length)];
        // "'All are safe,' the spokesman told reporters in Brill.": the words said came first.
        return WhereSaid().IsMatch(before) && (ReportedNext().IsMatch(after) || (after.Trim().TrimEnd('.') == "" && before.IndexOfAny(Quotes) >= 0));
    }

    private static readonly char[] Quotes = { '"', '\u201C', '\u201D' };

    /// <summary>"Where did he talk to reporters", "where did she give her news conference": where a statement was made is asked.</summary>
    [GeneratedRegex(@"\b(talk|talks|talked|talking|speak|speaks|spoke|speaking|reporters|press|conference|interview|briefing|statement)\b")]
    private static partial Regex AsksWhereSpoken();

    /// <summary>"told reporters in", "said at": a reporting verb a few words before "in"/"at" and the place.</summary>
    [GeneratedRegex(@"\b(said|says|told|tells|telling|speaking|spoke|announced|warned|added)( [\w'-]+){0,3} (in|at) (the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhereSaid();

    /// <summary>What was said follows: "… in Brill that …", "… in Brill on Monday that …", "… in Brill, …".</summary>
    [GeneratedRegex(@"^(( on| last| this)( [\w'-]+){1,2})? ?(that\b|,)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedNext();
}
