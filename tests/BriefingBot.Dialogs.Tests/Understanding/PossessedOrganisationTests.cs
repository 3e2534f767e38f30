using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"Her agency" after a turn about the agency's head is the agency itself (invented articles).</summary>
public sealed class PossessedOrganisationTests : IDisposable
{
    private const string Plot = """
        Police in Tarnia Foil Plot at Harbour Station, Arrest Three

        Police in Tarnia have arrested three men suspected of planning an attack on the Harbour Station in Ostberg.
        The Tarnian Border Intelligence Agency (TBIA) has joined the case because one of the men had crossed the border with forged papers in March.
        "We are looking at everyone these men met," said TBIA Director Greta Holm.
        The men face charges of preparing a terrorist attack.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Plot));

    [Fact]
    public async Task Her_agency_after_its_director_means_the_agency()
    {
        Assert.Contains("Greta Holm", await _bot.AskAsync("a", "who is in charge of the TBIA?"));

        var reply = await _bot.AskAsync("a", "why did her agency join the case");

        Assert.Contains("forged papers", reply);
    }

    [Fact]
    public async Task Her_agency_with_no_one_in_focus_stays_refused()
    {
        var reply = await _bot.AskAsync("b", "why did her agency join the case");

        Assert.Contains("does not cover", reply);
    }

    public void Dispose() => _bot.Dispose();
}
