using System.Text.RegularExpressions;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Extraction;

/// <summary>
/// What a reporting verb reports: a quote right after it, the quote before its speaker, the next paragraph after a
/// colon, the clause before an inverted or parenthetical attribution ("…, Roe said.", "…, police spokeswoman Roe said."),
/// a "that" clause, or the rest.
/// </summary>
public static partial class ContentFinder
{
    [GeneratedRegex(@"(?:\s*\b[A-Z][\w'-]*\.?|\s*\b(?:of|the)\b|\s*,)+$")]
    private static partial Regex TrailingNameWords();

    /// <summary>The content text and the ids of further sentences it comes from.</summary>
    public static (string Content, IReadOnlyList<int> ExtraSentences) Find(IReadOnlyList<SentenceContext> sentences, int index, int verb,
        bool inverted, IReadOnlyList<(int Start, int End)> quotes, Mention speaker)
    {
        var sentence = sentences[index];
        var tokens = sentence.Tokens;
        var original = sentence.Sentence.Text;
        var verbToken = tokens[verb];
        var none = Array.Empty<int>();

        var quoteAfter = quotes.FirstOrDefault(q => q.Start > verbToken.End && IsShortLeadIn(sentence.Text[verbToken.End..q.Start]));
        if (quoteAfter != default) return (Clean(original[quoteAfter.Start..quoteAfter.End]), none);
        var frame = Math.Min(verbToken.Start, speaker.Start);
        var beforeFrame = TrailingNameWords().Replace(sentence.Text[..frame].TrimEnd(), "").TrimEnd();
        if (beforeFrame.EndsWith('"') && quotes.Count > 0 && quotes[0].Start < beforeFrame.Length)
        {
            return (Clean(original[quotes[0].Start..(beforeFrame.Length - 1)]), none);
        }

        if (verb + 1 < tokens.Count && tokens[verb + 1].Text == ":" && verb + 2 >= tokens.Count) return NextParagraph(sentences, index);
        var frameStart = LowercaseRoleStart(tokens, tokens.First(t => t.Start >= frame).Index);
        var parenthetical = frameStart > 0 && tokens[frameStart - 1].Text == "," && (verb + 1 >= tokens.Count || tokens[verb + 1].Text is "," or "." or ";");
        if (inverted || parenthetical)
        {
            var comma = tokens[frameStart - 1].Text == "," ? frameStart - 1 : verb - 1;
            var start = quotes.Count > 0 && quotes[0].Start < tokens[comma].Start ? quotes[0].Start : 0;
            return comma > 0 ? (Clean(original[start..tokens[comma].Start]), none) : ("", none);
        }

        var from = Math.Max(verbToken.End, speaker.Start + speaker.Surface.Length);
        var rest = original[from..].Trim();
        var that = Regex.Match(rest, @"^[^,.]{0,40}?\bthat\s");
        if (that.Success) rest = rest[(that.Index + that.Length)..];
        return (Clean(rest), none);
    }

    /// <summary>"…, police spokeswoman Jane Roe said.": the attribution starts at the lowercase role before the name.</summary>
    private static int LowercaseRoleStart(IReadOnlyList<Token> tokens, int name)
    {
        if (name == 0 || tokens[name - 1].IsCapitalized || !Lexicon.IsTitleWord(tokens[name - 1].Lower)) return name;
        var start = name - 1;
        while (start > 0 && name - start < 4 && tokens[start - 1].IsWord && !tokens[start - 1].IsCapitalized && tokens[start - 1].Lower is not ("and" or "but" or "or")) start--;
        return start;
    }

    private static bool IsShortLeadIn(string text) => text.Length <= 60 && !text.Contains(". ") && !Regex.IsMatch(text, @"\bthat\b");

    private static (string, IReadOnlyList<int>) NextParagraph(IReadOnlyList<SentenceContext> sentences, int index)
    {
        var paragraph = sentences[index].Sentence.Paragraph + 1;
        var next = sentences.Skip(index + 1).TakeWhile(s => s.Sentence.Paragraph == paragraph).ToList();
        return (Clean(string.Join(" ", next.Select(s => s.Sentence.Text))), next.Select(s => s.Sentence.Id).ToList());
    }

    private static string Clean(string text) => text.Trim().Trim('"', '\u201C', '\u201D', ',', ':', ' ').TrimEnd('.').Trim();
}
