using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Asked where something in a story happened, the place the story is set in (its title's or lede's) yields to the closer
/// place another sentence of the story names in the clause of the asked verb (invented article).
/// </summary>
public sealed class ScenePlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Archive Fire in Tarnby, Clerk Held

        TARNBY — Police have arrested a clerk suspected of setting fire to the city archive in Tarnby, officials said on Monday.
        The clerk, a 40-year-old man, was arrested on Saturday at his flat in Oldbridge, about 30 kilometres north of Tarnby.
        The fire destroyed records going back to 1850, the mayor of Tarnby said.
        """));

    [Fact]
    public async Task The_closer_place_of_the_arrest_answers()
    {
        var answer = await _bot.AnsweredAsync("where did police arrest the clerk");
        Assert.Contains("oldbridge", answer.Split("\n\n")[0]);
    }

    [Fact]
    public async Task The_scene_still_answers_where_the_story_says_nothing_closer()
    {
        Assert.Contains("tarnby", (await _bot.AnsweredAsync("where did the fire destroy records")).Split("\n\n")[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
