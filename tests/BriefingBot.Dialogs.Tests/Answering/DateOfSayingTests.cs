using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"…, prosecutors said on Wednesday": that date is when it was said, not when what they told happened.</summary>
public sealed class DateOfSayingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Break Up Forgery Gang in Three Towns

        ORLEN — Police in three towns have arrested 14 people in coordinated raids on a gang that forged travel documents, prosecutors said on Wednesday.
        """));

    [Fact]
    public async Task The_date_of_the_saying_does_not_date_the_raids()
    {
        Assert.DoesNotContain("Wednesday", await _bot.AnswerAsync("when were the raids on the forgery gang carried out"));
    }

    [Fact]
    public async Task The_date_of_the_saying_answers_when_it_was_said()
    {
        Assert.Contains("Wednesday", await _bot.AnswerAsync("when did prosecutors announce the arrests of the forgery gang"));
    }

    [Fact]
    public async Task Being_told_to_do_something_is_an_order_not_a_saying_so_the_date_of_the_saying_does_not_date_it()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Tarnby Water Order Lifted

            TARNBY — Police have arrested a man over the poisoning of a reservoir, officials said on Thursday, after 9,000 residents were told not to drink their tap water.
            """));

        Assert.DoesNotContain("Thursday", await bot.AnswerAsync("when were tarnby residents told not to drink tap water"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
