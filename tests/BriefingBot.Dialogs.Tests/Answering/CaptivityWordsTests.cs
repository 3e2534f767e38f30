using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Held hostage", "held captive" and "in captivity" are one meaning, over an invented article: how long the engineers
/// were held hostage is how long their captivity lasted.
/// </summary>
public sealed class CaptivityWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Three Surveyors Freed in Brenmoor After 40 Days

        TARNBY — Three surveyors seized on a mountain road in Brenmoor in March have been released after 40 days in captivity, the mining firm they work for said on Friday.
        The firm, Holm Minerals, said the men were in good health and would fly home next week.
        Ada Venn, who led the talks for the firm, said no ransom had been paid.
        """));

    [Theory]
    [InlineData("how long were the Holm Minerals surveyors held hostage")]
    [InlineData("how long were the Holm Minerals surveyors held captive")]
    [InlineData("how long were the Holm Minerals surveyors held in captivity")]
    public async Task Held_hostage_is_held_in_captivity(string question) =>
        Assert.Contains("40 days", await _bot.AnswerAsync(question));

    public void Dispose() => _bot.Dispose();
}
