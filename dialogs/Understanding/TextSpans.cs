namespace BriefingBot.Dialogs.Understanding;

/// <summary>Blanks out parts of a text (names already matched, dates, numbers) so that its other words can be read alone.</summary>
public static class TextSpans
{
    /// <summary>The text with each span (start, length) inside it replaced by spaces; offsets of the rest are kept.</summary>
    public static string Blank(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in spans.Where(s => s.Start >= 0 && s.Length > 0 && s.Start < chars.Length))
        {
            Array.Fill(chars, ' ', start, Math.Min(length, chars.Length - start));
        }

        return new string(chars);
    }
}
