using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// The person asked for by a noun must be what the noun says, over invented articles: the ringleader is not the lawyer asked
/// for, a Director-General is no general, and an official of another group is not "the Tarnpol official".
/// </summary>
public sealed class PersonNounFitTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smugglers Held in Velmar Port Raids

        VELMAR — Police arrested 14 people in raids on the port of Velmar on Tuesday, prosecutors said.
        Chief Prosecutor Ana Vell named the alleged ringleader as Tomas Brel, a 41-year-old trader.
        His lawyer, Ines Rocha, said her client was innocent.
        Zena Kroll, who heads Tarnpol's smuggling team, commented that the raids had cut the main route into the north.
        Customs Director-General Piet Arne said the port would reopen on Friday.
        An army general said the rebels held less than a tenth of the valley.
        """, """
        Harbour Regulator Opens Inquiry

        OSTREL — The harbour regulator has opened an inquiry together with Tarnpol, the regional police agency.
        Before the raids, the regulator had issued a warning about smuggling, said Lea Marsh, a harbour analyst.
        """));

    [Fact]
    public async Task The_ringleader_is_not_his_own_lawyer() => Assert.DoesNotContain("Brel", (await _bot.AnswerAsync("what is the ringleaders lawyer called")).Split('\n')[0]);

    [Fact]
    public async Task A_director_general_is_no_general() => Assert.Contains("army general said", await _bot.AnswerAsync("what did the general say"));

    [Fact]
    public async Task An_official_of_another_group_is_not_the_one_asked() => Assert.DoesNotContain("Arne", await _bot.AnswerAsync("which tarnpol official commented on the raids"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
