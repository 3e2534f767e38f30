using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How big" takes a size or a count of the thing asked, not a count of something else in the sentence (invented article).</summary>
public sealed class HowBigTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Reserve Gets More Rangers

        ASHFORD — The reserve, which covers a wide area of hills, will get two more rangers next year, the park service said on Monday.
        A team of 12 rangers already guards the reserve.
        """));

    [Fact]
    public async Task A_count_of_rangers_is_not_the_size_of_the_area()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("how big is the reserve's area"));
    }

    [Fact]
    public async Task A_count_of_the_thing_asked_is_its_size()
    {
        Assert.Contains("12", await _bot.AnswerAsync("how big is the ranger team"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
