using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"…, prosecutors said on Wednesday": that date is when it was said, not when what they told happened.</summary>
public sealed class DateOfSayingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Break Up Forgery Gang in Three Towns

        ORLEN — Police in three towns have arrested 14 people in coordinated raids on a gang that forged travel documents, prosecutors said on Wednesday.
        """));

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0];

    [Fact]
    public void The_date_of_the_saying_does_not_date_the_raids()
    {
        Assert.DoesNotContain("Wednesday", Ask("when were the raids on the forgery gang carried out"));
    }

    [Fact]
    public void The_date_of_the_saying_answers_when_it_was_said()
    {
        Assert.Contains("Wednesday", Ask("when did prosecutors announce the arrests of the forgery gang"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
