using BriefingBot.Knowledge.Text;

namespace BriefingBot.Knowledge.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static IReadOnlyList<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var sentences = Sentences("The U.S. Army met Gen. J. Smith in Kabul. He left.");

        Assert.Equal(new[] { "The U.S. Army met Gen. J. Smith in Kabul.", "He left." }, sentences);
    }

    [Fact]
    public void A_quote_spanning_two_sentences_stays_with_the_sentence_that_opens_it()
    {
        var sentences = Sentences("She said, \u201CWe are ready. They are not.\u201D Then she left.");

        Assert.Equal(new[] { "She said, \u201CWe are ready. They are not.\u201D", "Then she left." }, sentences);
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_offsets_are_exact()
    {
        const string text = "Title line\n\nFirst one. Second one.\n\nThird one.";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(new[] { 0, 1, 1, 2 }, spans.Select(s => s.Paragraph));
        Assert.Equal("Second one.", text.Substring(spans[2].Start, spans[2].Length));
    }
}
