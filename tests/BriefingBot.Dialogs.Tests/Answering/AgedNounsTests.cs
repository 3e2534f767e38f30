using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How old was the customer" takes the age said of the customers, not the clerk's age in the better-ranked lede (invented article).</summary>
public sealed class AgedNounsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Clerk Held After Two Pharmacy Customers Overdosed

        TARNBY — Police in Tarnby have detained a 31-year-old pharmacy clerk suspected of mixing up the medicines of two customers, officials said.
        By then two customers, a 62-year-old man and a 70-year-old woman, had received an overdose of a heart drug.
        """, """
        Cook Held Over Poisoned Soup at Velm Embassy

        VELM — A cook has been arrested after a diplomat fell ill at the Velm embassy.
        The cook, a 44-year-old woman identified as Ida Brek, worked in the embassy kitchen.
        """));

    [Fact]
    public async Task The_age_said_of_the_asked_noun_answers()
    {
        var reply = (await _bot.AskAsync("a", "how old was the customer who got the overdose in tarnby")).Split('>')[0];
        Assert.Contains("62", reply);
        Assert.DoesNotContain("31", reply);
    }

    [Fact]
    public async Task The_age_of_the_other_noun_still_answers_for_it()
    {
        Assert.Contains("31", (await _bot.AskAsync("b", "how old is the pharmacy clerk in tarnby")).Split('>')[0]);
    }

    [Fact]
    public async Task A_lone_noun_after_an_answer_means_the_one_its_sentence_calls_so_not_a_named_one_elsewhere()
    {
        await _bot.AskAsync("c", "how old was the customer who got the overdose in tarnby");

        var reply = (await _bot.AskAsync("c", "the woman")).Split('>')[0];

        Assert.Contains("70", reply);
        Assert.DoesNotContain("Ida Brek", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
