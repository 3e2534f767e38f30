using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A sentence met by the story's scene alone ("when was Tarnby told …" of "the city ordered …") may miss one of four or
/// more asked words, never one of fewer: its own words still show it is about the asked thing (invented article).
/// </summary>
public sealed class SceneCoverageTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Chemical Dose Raised at Tarnby Water Plant

        TARNBY — A former contractor has been arrested after the dose of a cleaning chemical at a water plant in Tarnby was raised a hundredfold, police said.
        At 6 a.m. on Monday the city ordered residents not to drink or cook with tap water while the network was tested.
        The plant's engineers said the network had passed every test by Wednesday.
        Staff at the plant are paid by the city under a contract signed in 2019.
        """));

    [Fact]
    public async Task A_scene_sentence_may_miss_one_of_four_asked_words()
    {
        Assert.Contains("monday", await _bot.AnsweredAsync("when was tarnby told to stop drinking tap water"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_scene_sentence_may_not_miss_one_of_three_asked_words()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("how much does plant staff earn in tarnby"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
