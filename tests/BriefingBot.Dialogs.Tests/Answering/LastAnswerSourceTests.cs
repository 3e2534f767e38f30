using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who gave that figure?" after an answer asks for the speaker of the sentence that answer came from.</summary>
public sealed class LastAnswerSourceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Flood Closes Marlow Valley Rail Line for a Week

        MARLOW — A flood closed the Marlow Valley rail line on Monday, stranding about 2,000 commuters in Marlow.
        Mayor Anna Stroud said the town had opened two schools as shelters.
        "The water came faster than anyone expected," said Jonas Lee, a signal engineer.
        Rail Board chairman Piet Vandel said on Tuesday that the line would reopen next week.
        He said repairs would cost the board about 6 million euros, about $6.5 million.
        Buses would replace trains until Sunday, he added.
        Farm union head Lena Dorn gave a figure of 9 million euros for the damage to crops.
        """));

    [Fact]
    public async Task Who_gave_that_figure_is_the_speaker_of_the_last_answers_sentence()
    {
        Assert.Contains("6 million", await _bot.AskAsync("a", "how much will the flood repairs in marlow cost"));
        Assert.StartsWith("Piet Vandel", await _bot.AskAsync("a", "who gave that figure?"));
    }

    [Fact]
    public async Task Who_said_that_after_a_sentence_reported_with_he_is_the_person_he_means()
    {
        Assert.Contains("Sunday", await _bot.AskAsync("b", "until when will buses replace the trains in marlow"));
        Assert.StartsWith("Piet Vandel", await _bot.AskAsync("b", "who said that?"));
    }

    public void Dispose() => _bot.Dispose();
}
