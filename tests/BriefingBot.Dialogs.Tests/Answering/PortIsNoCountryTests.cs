using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which port …" asks for a port town: the country someone left is no answer.</summary>
public sealed class PortIsNoCountryTests
{
    [Fact]
    public async Task A_country_does_not_answer_which_port()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Courier Sought

            TARN — Police are looking for a courier who they believe left Greece by ferry for Italy last week, officials said.
            """));

        Assert.Contains("not cover", await bot.AnswerAsync("which port did the courier catch the ferry to italy from?"));
    }
}
