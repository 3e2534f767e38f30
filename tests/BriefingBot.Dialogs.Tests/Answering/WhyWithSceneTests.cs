using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Why-questions: the means a sentence gives ("by switching on …") answers them, and a closing time clause only sets the scene.</summary>
public sealed class WhyWithSceneTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Storm Cuts Power Line to Velka

        VELKA — A storm cut the main power line to Velka on Sunday, the grid operator said.
        Velka avoided blackouts by switching on a reserve gas plant, operator chief Ana Lind said.
        Shops in the town closed early on Monday.
        """));

    [Fact]
    public async Task The_means_answers_why()
    {
        Assert.Contains("reserve gas plant", await _bot.AnswerAsync("why were there no blackouts in velka"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_time_clause_sets_the_scene()
    {
        Assert.Contains("reserve gas plant", await _bot.AnswerAsync("why didn't velka have blackouts after the storm cut the line"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_thing_asked_about_by_description_in_the_time_clause_sets_the_scene_too()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Undersea Cable to Velka Cut

            OSLO — Police have seized a trawler suspected of cutting an undersea power and data cable to Velka, officials said on Monday.

            The 90-kilometre Northway Link broke on Sunday. The cable lies at a depth of 60 metres.

            Velka avoided blackouts by switching on a reserve gas plant, Energy Minister Ana Lind said.
            """));

        var reply = (await bot.AskAsync("c1", "why didn't velka have blackouts after the cable broke")).ToLowerInvariant();

        Assert.Contains("reserve gas plant", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
