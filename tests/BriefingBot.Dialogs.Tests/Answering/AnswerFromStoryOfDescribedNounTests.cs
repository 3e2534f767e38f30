using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "The engineer" of two stories, asked about where a third story answers best: the answer comes from the one of the two
/// stories that gives one (invented articles).
/// </summary>
public sealed class AnswerFromStoryOfDescribedNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Engineer Charged Over Radar Secrets at Ostby

        OSTBY — Prosecutors have charged an engineer at a defence firm with selling radar designs, after he was arrested at Ostby Airport on Friday.

        A police spokeswoman said the engineer, identified under local privacy rules only as Nils B., had worked at the firm since 2015.
        """, """
        Signal Cables Burned Near Lund

        LUND — Arsonists burned rail signal cables near Lund on Monday, stopping every train for a day.

        A police spokesman said the engineer, identified under local privacy rules only as Per A., found the fire at dawn.
        """, """
        Forged Passports Seized in Corvia

        CORVIA — Police have seized 400 forged passports in a raid on a workshop, officials said on Tuesday.

        The investigation began when border officers at Corvia International Airport stopped a young man with a peeling passport.
        """));

    [Fact]
    public async Task The_engineer_is_answered_from_the_story_of_an_engineer_that_answers()
    {
        Assert.Contains("Ostby Airport", await _bot.AnswerAsync("which airport was the engineer stopped at"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
