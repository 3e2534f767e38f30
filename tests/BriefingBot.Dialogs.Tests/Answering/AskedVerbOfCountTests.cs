using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How many rounds were seized" asks about seizing: a count is its answer only where the action is told.</summary>
public sealed class AskedVerbOfCountTests
{
    [Fact]
    public async Task A_count_of_the_asked_things_without_the_asked_action_is_no_answer()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Depot Audit Finds Gaps

            TARN — An audit of the army's depots found that 62 kilograms of explosives and 48,000 rounds of ammunition could not be accounted for, the ministry said.
            """, """
            Raids on Gun Ring

            VELA — Police seized 40 rifles in raids on Tuesday, prosecutors said.
            """));

        Assert.Contains("not cover", await bot.AnswerAsync("how many rounds of ammunition were seized"));
    }

    [Fact]
    public async Task A_count_after_the_sentence_telling_the_action_in_its_paragraph_answers()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Water Order Lifted in Tarn

            TARN — The city told residents not to drink tap water on Monday while the network was tested. The order was lifted on Wednesday, after more than 900 samples showed normal levels.
            """));

        Assert.Contains("900", await bot.AnswerAsync("how many samples were tested before the order was lifted"));
    }
}
