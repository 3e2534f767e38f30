using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How many converted rifles did police get hold of" when one story counts converted rifles twice (invented article).</summary>
public sealed class CountedRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Break Up Varnby Gun Ring

        VARNBY — Police in three countries have broken up a ring that smuggled guns into Varnby, officials said on Monday.
        They seized 300 firearms, among them 120 converted rifles, along with 40 grenades.
        Last month, border police stopped one of the ring's vans and found 25 converted rifles under a false floor.
        """));

    [Fact]
    public async Task Two_counts_of_the_same_counted_words_are_both_offered()
    {
        var reply = (await _bot.AskAsync("a", "how many converted rifles did police get hold of")).Split('>')[0];
        Assert.Contains("120", reply);
        Assert.Contains("25", reply);
    }

    [Fact]
    public async Task The_asked_verb_of_one_sentence_picks_its_count()
    {
        var reply = (await _bot.AskAsync("b", "how many converted rifles did police seize")).Split('>')[0];
        Assert.Contains("120", reply);
        Assert.DoesNotContain("25", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
