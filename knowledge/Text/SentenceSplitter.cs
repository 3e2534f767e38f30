namespace BriefingBot.Knowledge.Text;

/// <summary>
/// Splits article text into paragraphs (blank lines; single lines when the text has no blank line) and
/// sentences with exact offsets. Abbreviations and initials ("U.S.", "J.") do not end a sentence, and a
/// double-quoted passage stays inside the sentence that opens it.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of the text in reading order.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<SentenceSpan>();
        var paragraph = 0;
        foreach (var (start, end) in ParagraphSplitter.Split(text))
        {
            SplitParagraph(text, start, end, paragraph++, result);
        }

        return result;
    }

    private static void SplitParagraph(string text, int start, int end, int paragraph, List<SentenceSpan> result)
    {
        var sentenceStart = start;
        var inQuote = false;
        var quoteBalanced = QuotesBalance(text, start, end);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\u201C') inQuote = quoteBalanced;
            else if (c is '\u201D') inQuote = false;
            else if (c is '"') inQuote = quoteBalanced && !inQuote;
            if (c is not ('.' or '!' or '?')) continue;
            if (inQuote && !(i + 1 < end && text[i + 1] is '\u201D' or '"')) continue;

            var after = i + 1;
            while (after < end && text[after] is '"' or '\u201D' or '\'' or '\u2019' or ')' or ']') after++;
            if (after < end && !char.IsWhiteSpace(text[after])) continue;
            var next = after;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next < end && !StartsSentence(text[next])) continue;
            if (c == '.' && next < end && Abbreviations.IsAbbreviation(WordBefore(text, i, start))) continue;
            Add(text, sentenceStart, after, paragraph, result);
            inQuote = false;
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, paragraph, result);
    }

    private static bool QuotesBalance(string text, int start, int end)
    {
        int open = 0, close = 0, straight = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\u201C') open++;
            else if (text[i] == '\u201D') close++;
            else if (text[i] == '"') straight++;
        }

        return open == close && straight % 2 == 0;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[';

    private static string WordBefore(string text, int periodIndex, int floor)
    {
        var s = periodIndex;
        while (s > floor && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not ('(' or '"' or '\u201C')) s--;
        return text[s..periodIndex];
    }

    private static void Add(string text, int start, int end, int paragraph, List<SentenceSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new SentenceSpan(paragraph, start, end - start));
    }
}
