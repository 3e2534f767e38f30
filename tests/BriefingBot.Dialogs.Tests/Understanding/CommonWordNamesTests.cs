using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A town whose one-word name is a common word ("Drift") is not what a lowercase verb after a name means (invented articles).</summary>
public sealed class CommonWordNamesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Guild Leaves Dock Union

        The Harbour Guild drifted away from the Dock Union in 2011, its members said on Monday.
        The guild now represents about 400 crane drivers.
        """, """
        Court Holds Two Smugglers

        A judge in Drift on Thursday ordered two smugglers held for 30 days.
        Police in Drift said the men had hidden cigarettes in a lorry.
        """));

    [Fact]
    public void A_verb_after_a_name_is_the_word_not_the_town()
    {
        var reply = _bot.AskAsync("a", "when did the harbour guild drift away from the dock union").Result;
        Assert.True(reply.Contains("2011"), reply);
    }

    [Fact]
    public void The_town_after_a_preposition_is_still_the_town()
    {
        var reply = _bot.AskAsync("b", "how long did the judge in drift order the smugglers held").Result;
        Assert.True(reply.Contains("30 days"), reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
