namespace BriefingBot.Knowledge.Text;

/// <summary>Paragraphs of an article: runs of lines between blank lines, or single lines when the text has no blank line.</summary>
public static class ParagraphSplitter
{
    /// <summary>[start, end) of each paragraph in reading order.</summary>
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var blankLines = text.Contains("\n\n") || text.Contains("\r\n\r\n");
        var lines = new List<(int, int)>();
        int lineStart = 0, paraStart = -1, paraEnd = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var line = text[lineStart..i];
            if (string.IsNullOrWhiteSpace(line) || !blankLines)
            {
                if (paraStart >= 0) lines.Add((paraStart, paraEnd));
                paraStart = -1;
                if (!blankLines && !string.IsNullOrWhiteSpace(line)) lines.Add((lineStart, i));
            }
            else
            {
                if (paraStart < 0) paraStart = lineStart;
                paraEnd = i;
            }

            lineStart = i + 1;
        }

        if (paraStart >= 0) lines.Add((paraStart, paraEnd));
        return lines;
    }
}
