using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.State;

/// <summary>
/// "Who is the engineer?" offered "Piet Holm or Ada Venn?" and the user asks on with "she": the first person offered
/// whom the articles call "she", not the first offered, whom they call "he"; a "he" inside the quote of a woman is
/// someone she talks about and leaves her fitting "she" (invented article).
/// </summary>
public sealed class OfferedPersonPronounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Harbour Fire Blamed on Faulty Wiring

        A fire destroyed three warehouses at Tarnby harbour on Sunday, officials said.
        Piet Holm, a 52-year-old engineer at the Brenmoor Institute, said the fire began in old wiring. He said the harbour board had ignored two warnings.
        Ada Venn, a 38-year-old engineer at the Kestrel Safety Council, said the fire spread within minutes. "He was asleep when it started," she said of the night guard.
        """));

    [Fact]
    public async Task She_after_a_choice_means_the_first_person_offered_whom_the_articles_call_she()
    {
        var choice = await _bot.AskAsync("a", "who is the engineer");
        Assert.True(choice.IndexOf("Piet Holm", StringComparison.Ordinal) is >= 0 and var holm && holm < choice.IndexOf("Ada Venn", StringComparison.Ordinal), choice);

        var reply = await _bot.AskAsync("a", "how old is she");

        Assert.Contains("38", reply.Split('\n')[0]);
    }

    [Fact]
    public async Task He_after_the_same_choice_still_means_the_first_person_offered()
    {
        await _bot.AskAsync("b", "who is the engineer");

        var reply = await _bot.AskAsync("b", "how old is he");

        Assert.Contains("52", reply.Split('\n')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
