namespace BriefingBot.Dialogs.Understanding;

/// <summary>Parts of a text (names already matched, dates, numbers): blanked out so that its other words can be read alone, or tested for overlap.</summary>
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

    /// <summary>True when the span (start, length) overlaps one of <paramref name="spans"/>; spans with no place (start -1) overlap nothing.</summary>
    public static bool Overlaps(int start, int length, IEnumerable<(int Start, int Length)> spans) =>
        spans.Any(s => s.Start >= 0 && s.Start < start + length && start < s.Start + s.Length);
}
