using System.Text.RegularExpressions;

namespace BriefingBot.Dialogs.Tests.QuestionSuite.Baseline;

/// <summary>Splits article text into sentences: paragraphs on blank lines, sentences on end punctuation, not after abbreviations.</summary>
public static partial class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/> (the headline line counts as one).</summary>
    public static IEnumerable<string> Split(string text) =>
        Paragraphs().Split(text.Replace("\r\n", "\n")).Select(p => p.Trim()).Where(p => p.Length > 0).SelectMany(SplitParagraph);

    private static IEnumerable<string> SplitParagraph(string paragraph)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var before = paragraph[start..m.Index];
            if (Abbreviation().IsMatch(before)) continue;
            yield return before.Trim();
            start = m.Index + m.Length;
        }
        if (start < paragraph.Length) yield return paragraph[start..].Trim();
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    // End punctuation, optional closing quote, whitespace, then something that can open a sentence.
    [GeneratedRegex(@"(?<=[.!?][”""’']?)\s+(?=[“""‘'\[\p{Lu}\p{N}])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:[A-Z]\.)+|\b(?:Lt|Cmdr|Dr|Mr|Mrs|Ms|St|Gen|Col|Capt|Sgt|Adm|Rep|Sen|Jr|Sr|No)\.)$")]
    private static partial Regex Abbreviation();
}
