using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who is in charge of / chairs / runs X" asks for the person whose office leads X: a president or commander leads
/// though no word of the office means "lead", "chairs" asks for the chair, and a nationality of the question must be the
/// person's country; "the … side of the … case" names the story as "in the … case" does (invented articles).
/// </summary>
public sealed class LeadingRoleByVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Estonian Trawler Firm Fined After Fire Kills Two Crew

        TALLINN — A fishing company has been fined 2 million euros after a fire on one of its trawlers killed two crew members, officials said.
        The fire started in an engine room that had not been inspected for three years, the Maritime Safety Service (MSS) said.
        "The owners knew the wiring was old and did nothing," said MSS President Ilse Varga.
        NFB Chairwoman Petra Kolar said the National Fisheries Board (NFB) would check every trawler in the fleet by June.
        """));

    [Fact]
    public async Task A_president_is_in_charge_of_the_agency()
    {
        var question = "who is in charge of the MSS?";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Varga", answer);
    }

    [Fact]
    public async Task An_of_phrase_may_name_the_story()
    {
        var question = "who is heading the maritime safety side of the trawler fire case?";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Varga", answer);
    }

    [Fact]
    public async Task Who_chairs_asks_for_the_chair_of_that_country()
    {
        var question = "who chairs the estonian fisheries board?";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Kolar", answer);
    }

    [Fact]
    public async Task Who_chairs_a_board_of_another_country_is_refused()
    {
        var question = "who chairs the latvian fisheries board?";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
