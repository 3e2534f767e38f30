using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"The device" is the equipment an article tells of (invented article).</summary>
public sealed class DeviceWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Customs Seize Radio Kit at Tarnby Port

        TARNBY — Customs officers at Tarnby have seized a van carrying radio equipment smuggled in from abroad, police said on Monday.
        The smuggled equipment could jam the signals of the Brenmoor harbour radar across an area about 30 kilometres wide.
        The driver, Piet Holm, 41, was released on bail.
        """));

    [Fact]
    public async Task A_device_is_met_by_the_equipment_the_article_tells_of()
    {
        var answer = (await _bot.AskAsync("a", "which signals could the device in the van jam")).Split("\n\n")[0];
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("radar", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
