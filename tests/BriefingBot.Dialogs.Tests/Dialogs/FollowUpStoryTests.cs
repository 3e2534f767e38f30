using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>"Them" after an answer that named nothing means something of that answer's story (invented articles).</summary>
public sealed class FollowUpStoryTests : IDisposable
{
    private const string Bridge = """
        Council Lights the Old Bridge

        The council will fit 40 new lamps on the old bridge this winter, its engineer said on Monday.
        """;

    private const string Station = """
        Station Gets Brighter

        Lumo Rail Group (LRG) runs the city's stations.
        LRG Chief Executive Mira Holt said the company would install 40 new lamps at its central station by spring.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Bridge, Station));

    [Fact]
    public async Task A_follow_up_about_them_is_not_answered_from_another_story()
    {
        Assert.Contains("40", await _bot.AskAsync("a", "how many lamps will the council fit on the bridge"));

        var reply = await _bot.AskAsync("a", "which company will install them");

        Assert.Contains("does not cover", reply);
    }

    [Fact]
    public async Task A_follow_up_about_them_is_answered_from_the_same_story()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(Bridge + "Brightway, a local firm, will install them in December.\n", Station));
        Assert.Contains("40", await bot.AskAsync("b", "how many lamps will the council fit on the bridge"));

        Assert.Contains("Brightway", await bot.AskAsync("b", "which company will install them"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
