using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "What's the TPA in the harbour strike story": the phrase locating the story is no part of the acronym asked about and
/// no answering sentence need hold its words, but the acronym's story must use them.
/// </summary>
public sealed class StoryLocatedSubjectTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Dock Workers Strike at Tarnby Harbour Over Pay

        TARNBY — Dock workers walked out at Tarnby harbour on Monday after talks on pay broke down, union leaders said.

        Cargo ships queued outside the harbour as cranes stood still.
        Jane Roe, director of the Tarnby Port Authority (TPA), said the walkout was costing 2 million crowns a day.
        """, """
        Bridge Closed in Ostvik After Cracks Found in Main Span

        OSTVIK — The main road bridge in Ostvik was closed on Tuesday after engineers found cracks in its central span.

        Traffic was sent through the town centre, causing long queues, the Ostvik Road Board (ORB) said.
        Inspectors from the Transport Safety Agency (TSA) said repairs could take a month.
        """));

    [Theory]
    [InlineData("what's the TPA in the harbour strike story")]
    [InlineData("what does TPA stand for in the dock strike article?")]
    public async Task The_story_phrase_is_not_asked_of_the_acronym_s_sentence(string question)
    {
        Assert.Contains("Tarnby Port Authority", await _bot.AnswerAsync(question));
    }

    [Fact]
    public async Task What_an_acronym_is_short_for_asks_what_it_stands_for()
    {
        Assert.Contains("Ostvik Road Board", await _bot.AnswerAsync("what's orb short for"));
    }

    [Fact]
    public async Task An_acronym_located_in_a_story_that_does_not_use_it_is_not_explained()
    {
        Assert.DoesNotContain("Road Board", await _bot.AnswerAsync("what's ORB in the harbour strike story"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
