using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who was driving …" asks about driving: a sentence without that verb (or a synonym) does not answer it.</summary>
public sealed class ProgressiveVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Stolen Pump Found at Quarry

        DRELL — A pump stolen from Marren Water Services was found on Tuesday, when a lorry loaded with gravel set off an alarm at a quarry gate.
        Quarry manager Ilse Brandt said a van had been seen near the gate on Monday, driven by Oskar Lind.
        """));

    [Fact]
    public async Task Who_was_doing_something_the_article_never_says_is_refused()
    {
        Assert.Contains("not cover", await _bot.AskAsync(Guid.NewGuid().ToString("N"), "who was driving the gravel lorry that set off the alarm"));
    }

    [Fact]
    public async Task Who_was_doing_something_the_article_says_is_answered()
    {
        Assert.Contains("Oskar Lind", await _bot.AskAsync(Guid.NewGuid().ToString("N"), "who was driving the van near the gate"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
