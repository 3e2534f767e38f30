namespace BriefingBot.Knowledge.Extraction;

/// <summary>Double-quoted passages of a (straightened) sentence as [start, end) offsets of the inner text; an unclosed quote runs to the end.</summary>
public static class QuoteSpans
{
    /// <summary>The quoted passages in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"') continue;
            if (open < 0 && IsOpening(text, i)) open = i + 1;
            else if (open >= 0) { spans.Add((open, i)); open = -1; }
        }

        if (open >= 0) spans.Add((open, text.Length));
        return spans;
    }

    /// <summary>True when the offset lies inside a quoted passage.</summary>
    public static bool Inside(IReadOnlyList<(int Start, int End)> spans, int offset) => spans.Any(s => offset >= s.Start && offset < s.End);

    private static bool IsOpening(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not ('.' or ',' or '!' or '?');
}
