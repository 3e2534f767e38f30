using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"That morning …" happened on the date the sentence before gives.</summary>
public sealed class SameDayTimeTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Found in Harbour Crate

        TARN — Police have arrested nine men over a smuggling ring, prosecutors said on Wednesday.
        The case began on 3 June. That morning dock workers at Tarn opened a crate and found 30 rifles.
        """));

    [Fact]
    public async Task That_morning_is_the_previous_sentences_date()
    {
        Assert.Contains("3 june", await _bot.AnswerAsync("on what date did the dock workers find the rifle crate"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
