using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A "case" or "piece" closing the phrase that names the story need not be in the answering sentence.</summary>
public sealed class FramingNounsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smuggled Parrots Found in Lorry at Tarnby Crossing

        TARNBY — Border guards found 60 smuggled parrots hidden in a lorry at the Tarnby crossing on Monday, officials said.

        Vets said the birds had been drugged to keep them quiet.
        The driver, Tom Berg, was released on bail on Tuesday.
        """));

    [Fact]
    public async Task Who_was_released_in_the_bird_case_is_who_was_released()
    {
        Assert.StartsWith("Tom Berg", await _bot.AnswerAsync("who was released on bail in the bird case?"));
    }

    [Theory]
    [InlineData("who got burned in the czech case", "case")]
    [InlineData("in the 2017 iraq piece, who is the official", "piec")]
    [InlineData("what's the trawler in the shetland jamming case called", "case")]
    public void A_noun_closing_the_story_phrase_frames_the_question(string question, string stem)
    {
        Assert.Equal(new[] { stem }, FramingNouns.In(question));
    }

    [Theory]
    [InlineData("what is the case being treated as")]
    [InlineData("where was the hacker in the 2021 water plant case from")]
    [InlineData("what is the ncoc in the czech theft case")]
    public void A_noun_the_question_asks_about_is_no_frame(string question)
    {
        Assert.Empty(FramingNouns.In(question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
