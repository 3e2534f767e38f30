using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.State;

/// <summary>A ship the last answer named is what the next "she" means, however the question asked for it (invented articles).</summary>
public sealed class AnsweredVesselFocusTests : IDisposable
{
    private const string Jamming = """
        Radio Jamming Around Tarnholm Ends, Trawler Skipper Charged

        Police in Tarnholm have charged two men with jamming radio signals around the island for nine days.
        The men were arrested on Wednesday when officers went aboard the Corvia-flagged trawler Sea Wren, which had sailed back and forth off Tarnholm for a week.
        The skipper, 51-year-old Danish national Ola Berg, appeared in court on Friday.
        The Tarnholm Fishing Board said the skipper had held a licence since 2010.
        "A country of islands cannot let a box in a fish hold decide whether its planes can land," Mayor Eva Lind said.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Jamming));

    [Fact]
    public async Task Her_after_a_ship_named_by_what_it_was_called_means_the_ship()
    {
        Assert.Contains("Sea Wren", await _bot.AskAsync("a", "what was the trawler that jammed radio signals around Tarnholm called?"));

        var reply = await _bot.AskAsync("a", "who was her skipper?");

        Assert.True(reply.Contains("Ola Berg") && !reply.Contains("Several"), reply);
    }

    [Fact]
    public async Task A_bare_nationality_after_the_skipper_is_his()
    {
        Assert.Contains("Sea Wren", await _bot.AskAsync("b", "what was the trawler that jammed radio signals around Tarnholm called?"));
        Assert.Contains("Ola Berg", await _bot.AskAsync("b", "who was her skipper?"));

        Assert.Contains("Danish", await _bot.AskAsync("b", "nationality?"));
    }

    public void Dispose() => _bot.Dispose();
}
