using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What is his print shop called" asks for a name written with the shop, not for someone named before "he".</summary>
public sealed class NameWrittenWithThingTests
{
    [Fact]
    public async Task A_sentence_saying_he_runs_a_shop_names_no_shop()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Forger Held in Tarn

            TARN — Police arrested a printer, Marek T., on Tuesday, Police Chief Anna Kovac said. He has run a print shop in the old town since 2004.
            """));

        Assert.Contains("not cover", await bot.AnswerAsync("what's marek t's print shop called?"));
    }
}
