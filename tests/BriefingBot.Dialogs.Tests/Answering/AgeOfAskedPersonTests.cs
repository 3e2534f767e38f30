using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// An age answers "how old is X" only when it is said of X, not of another person in the same sentence, nor of an unnamed
/// person whose "his" follows X's sentence (invented article).
/// </summary>
public sealed class AgeOfAskedPersonTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smugglers Held in Port Raid

        "We have closed the route," Chief Inspector Lena Ostrova told reporters in Marvel on Friday.
        A 19-year-old stoker who hurt his back in the raid was taken to hospital.
        Ostrova did not name the alleged leader, a 48-year-old former customs clerk who is known as "the Bookkeeper."
        The ship's cook, Tomas Brill, a 33-year-old from the coast, was released on bail.
        """));

    [Fact]
    public async Task Another_persons_age_in_a_sentence_naming_the_asked_person_is_refused()
    {
        var reply = await _bot.AskAsync("a", "how old is lena ostrova"); Assert.True(reply.Contains("does not cover"), reply);
    }

    [Fact]
    public async Task An_age_beside_the_asked_name_answers()
    {
        Assert.Contains("33", await _bot.AskAsync("b", "how old is tomas brill"));
    }

    [Fact]
    public async Task The_described_persons_age_still_answers()
    {
        Assert.Contains("48", await _bot.AskAsync("c", "how old is the alleged leader"));
    }

    [Fact]
    public async Task He_after_a_named_person_is_not_given_another_named_persons_age()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(Boatyard));
        Assert.Contains("Director", await bot.AskAsync("d", "who is piet holm"));
        var reply = await bot.AskAsync("d", "how old is he"); Assert.True(reply.Contains("does not cover"), reply);
    }

    [Fact]
    public async Task She_after_a_named_person_still_gets_her_own_age()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(Boatyard));
        Assert.Contains("owner", await bot.AskAsync("e", "who is ada venn"));
        Assert.Contains("57", await bot.AskAsync("e", "how old is she"));
    }

    private const string Boatyard = """
        Boatyard Fire at Tarnby

        TARNBY — A fire destroyed a boatyard in Tarnby on Sunday night, the Tarnby Harbour Authority (THA) said on Monday.
        THA Director Piet Holm declined to say whether the fire had been set on purpose.
        "We lost two boats and every tool we had," said the boatyard's owner, Ada Venn, 57.
        Holm said the owner, Venn, 57, had rented the slipway from the authority since 2019.
        """;

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
