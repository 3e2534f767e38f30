using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A dateline says where the story was filed, not where its first sentence's event happened (invented article).</summary>
public sealed class DatelinePlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Surveyors Detained After Border Dispute

        PORTHAVEN — Three surveyors detained in northern Chile last month have been released, their employer said on Friday.
        The employer, Meridian Survey Group, said the three were in good health.
        """));

    [Fact]
    public async Task The_dateline_city_is_not_where_the_event_happened()
    {
        var answer = (await _bot.AskAsync("a", "where were the surveyors detained")).Split("\n\n")[0];
        Assert.Contains("Chile", answer);
        Assert.DoesNotContain("Porthaven", answer, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
