using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Confirmed on Monday that …" dates the saying, which is what "when did the laboratory confirm …" asks: a reporting
/// verb the question itself uses keeps its date (invented articles).
/// </summary>
public sealed class AskedReportingVerbDateTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Arsenic Found in Brenmoor Well Water

        BRENMOOR — Dozens of residents of Brenmoor fell ill after drinking from the village wells, officials said.

        The first residents went to hospital on Friday with stomach pains.
        Tests at the regional laboratory confirmed on Monday that the well water held arsenic at ten times the safe level.
        Ada Venn, the village mayor, said bottled water would be handed out until the wells were cleaned.
        """, """
        Harbour Cranes Stop in Wind

        TARNBY — Strong winds stopped the cranes of the Tarnby harbour for two days, its operator said on Monday.

        About 40 ships waited offshore until the wind fell.
        Lab results later showed that salt spray had not damaged the crane motors.
        """, """
        Library Reopens After Flood

        CORVIA — The city library reopened on Tuesday, three months after a flood damaged its ground floor.

        Piet Holm, the head librarian, said 2,000 books had been dried and returned to the shelves.
        """));

    [Fact]
    public async Task The_date_of_an_asked_reporting_verb_answers_when()
    {
        Assert.Contains("monday", await _bot.AnsweredAsync("when did the laboratory confirm arsenic in the well water"));
    }

    [Fact]
    public async Task A_story_saying_laboratory_answers_what_the_lab_confirmed()
    {
        Assert.Contains("monday", await _bot.AnsweredAsync("when had the lab results confirmed arsenic"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
