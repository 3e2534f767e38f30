using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The third man police want" is answered only by a sentence that says "third" (invented article).</summary>
public sealed class OrdinalNounsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Held Over Drones at Tarnby Airport

        TARNBY — Swedish police have detained two men suspected of flying drones over Tarnby Airport, officials said on Monday, after sightings closed the airport.
        The men told investigators they were filming planes at night for a video channel.
        "That explanation does not match what we found," police spokeswoman Ann Roe said later, adding that the drones had been flown with their lights switched off.
        Roe said police were still looking for a third person who they believe bought one of the drones in Velm.
        """));

    [Theory]
    [InlineData("what's the name of the third person police want over the tarnby drones")]
    [InlineData("who is the third person police want over the tarnby drones")]
    public async Task A_sentence_that_never_says_the_asked_ordinal_does_not_answer_for_it(string question)
    {
        Assert.DoesNotContain("Ann Roe", (await _bot.AnswerAsync(question)).Split("could ask")[0]);
    }

    [Fact]
    public async Task A_sentence_that_says_the_asked_ordinal_still_answers()
    {
        Assert.Contains("Velm", await _bot.AnswerAsync("where did the third person buy the drone"));
    }

    [Theory]
    [InlineData("who is the third man", "Police are still looking for a third man.", false)]
    [InlineData("who is the third man", "Ann Roe said the men flew drones.", true)]
    [InlineData("who was the first man arrested", "Ann Roe said the men flew drones.", false)]
    [InlineData("when did the first emails hit", "A second wave of emails hit more schools on Friday.", true)]
    [InlineData("when did the first emails hit", "The first emails arrived on Thursday, the second on Friday.", false)]
    [InlineData("how long was it shut the first night", "It closed again on Monday night.", true)]
    public void Only_an_asked_ordinal_from_second_on_must_be_said_and_first_not_be_contradicted(string question, string sentence, bool missed)
    {
        Assert.Equal(missed, OrdinalNouns.Miss(OrdinalNouns.Asked(question), sentence));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
