using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>"Them" after an answer that named nothing, or "and …", means something of the conversation's story (invented articles).</summary>
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

    [Fact]
    public async Task A_follow_up_going_on_with_and_is_answered_from_the_same_story()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Power Link Cut

            The undersea power link to Tarnland was cut on Sunday.
            Grid Chief Ola Berg said Tarnland had avoided blackouts by switching on its old reserve power plants along the northern coast, but power prices there rose by about 40 percent on Monday.
            """, """
            Ferry Strike Ends

            Ferry prices fell by 10 percent, and bus prices fell too.
            """));
        Assert.Contains("Grid Chief", await bot.AskAsync("c", "who is ola berg"));

        var reply = await bot.AskAsync("c", "and what happened to prices?");

        Assert.True(reply.Contains("40"), reply);
    }

    [Fact]
    public async Task A_follow_up_after_choices_from_one_story_is_answered_from_that_story()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Navy Frees Hijacked Carrier

            A navy frigate has freed the crew of a hijacked bulk carrier off Tarnland.
            The Corvia-flagged MV Sea Lark was boarded by armed men on Sunday.
            The hijacking began after drones struck two other vessels, the Maltese tanker Blue Fin and a container ship.
            Its crew of 21, most of them from Corvia, locked themselves in the engine room.
            """, """
            Trawler Held

            The trawler's seven crew members were released.
            """));
        Assert.Contains("Several answers fit", await bot.AskAsync("d", "which ship was hijacked"));

        Assert.Contains("21", await bot.AskAsync("d", "how big is its crew"));
    }

    [Fact]
    public async Task A_follow_up_naming_nothing_is_answered_from_the_same_story_when_it_can_be()
    {
        const string airport = """
            Jamming Shuts Island Airport

            Tarnhaven Airport stopped all flights on Monday because of the jamming.
            About 3,800 passengers on 41 flights to the mainland and back were hit by the delays over the two days.
            """;
        const string port = """
            Port Had Record Year

            Some 800,000 passengers were hit.
            """;
        using var bot = new BotUnderTest(InventedArticles.Load(airport, port));
        Assert.Contains("Tarnhaven", await bot.AskAsync("e", "which airport had to stop flights because of the jamming"));

        Assert.Contains("3,800", await bot.AskAsync("e", "how many passengers were hit"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
