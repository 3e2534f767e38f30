using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>What a reporting verb reports: a quote, a "that" clause, the next paragraph after a colon, the clause before an inverted verb, or the rest of the sentence.</summary>
public static class ContentFinder
{
    /// <summary>The content text and the ids of further sentences it comes from.</summary>
    public static (string Content, IReadOnlyList<int> ExtraSentences) Find(IReadOnlyList<SentenceContext> sentences, int index, int verb,
        bool inverted, IReadOnlyList<(int Start, int End)> quotes, Mention speaker)
    {
        var sentence = sentences[index];
        var tokens = sentence.Tokens;
        var original = sentence.Sentence.Text;
        var verbToken = tokens[verb];
        var none = Array.Empty<int>();

        var quoteAfter = quotes.FirstOrDefault(q => q.Start > verbToken.End && !HasPeriodBetween(sentence.Text, verbToken.End, q.Start));
        if (quoteAfter != default) return (Clean(original[quoteAfter.Start..quoteAfter.End]), none);
        var frame = Math.Min(verbToken.Start, speaker.Start);
        var beforeFrame = sentence.Text[..frame].TrimEnd();
        if (beforeFrame.EndsWith('"') && quotes.Count > 0 && quotes[0].Start < beforeFrame.Length)
        {
            return (Clean(original[quotes[0].Start..(beforeFrame.Length - 1)]), none);
        }

        var colonLast = verb + 1 < tokens.Count && tokens[verb + 1].Text == ":" && verb + 2 >= tokens.Count;
        if (colonLast) return NextParagraph(sentences, index);
        if (inverted)
        {
            var comma = verb - 1;
            return comma > 0 ? (Clean(original[..tokens[comma].Start]), none) : ("", none);
        }

        var from = Math.Max(verbToken.End, speaker.Start + speaker.Surface.Length);
        var rest = original[from..].Trim();
        if (rest.StartsWith("that ", StringComparison.OrdinalIgnoreCase)) rest = rest[5..];
        return (Clean(rest), none);
    }

    private static (string, IReadOnlyList<int>) NextParagraph(IReadOnlyList<SentenceContext> sentences, int index)
    {
        var paragraph = sentences[index].Sentence.Paragraph + 1;
        var next = sentences.Skip(index + 1).TakeWhile(s => s.Sentence.Paragraph == paragraph).ToList();
        return (string.Join(" ", next.Select(s => s.Sentence.Text)), next.Select(s => s.Sentence.Id).ToList());
    }

    private static bool HasPeriodBetween(string text, int from, int to) => text[from..to].Contains(". ");

    private static string Clean(string text) => text.Trim().Trim('"', '\u201C', '\u201D', ',', ':', ' ').TrimEnd('.').Trim();
}
