using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"When was that stolen?" says "that" for the thing just talked about: "stolen" is its verb, not the first word of a name.</summary>
public sealed class ThatBeforeVerbTests
{
    [Fact]
    public async Task That_before_a_past_form_refers_back_instead_of_naming_a_name_beginning_with_the_word()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Gauge Stolen in Tarn

            TARN — In March last year, a density gauge was stolen from a building site near Tarn, police said.
            """, """
            Passport Checks Tightened

            VELA — From March, every passport checked at the airport will be run against the Stolen and Lost Travel Documents database, the minister said.
            """));

        Assert.Contains("gauge", await bot.AskAsync("a", "tell me about the density gauge"));
        Assert.DoesNotContain("Travel Documents", await bot.AskAsync("a", "when was that stolen?"));
        Assert.Contains("not cover", await bot.AskAsync("a", "who took it"));
    }
}
