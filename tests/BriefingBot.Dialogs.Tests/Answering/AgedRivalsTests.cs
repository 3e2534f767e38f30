using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How old is the driver" when one story gives two drivers their own ages in two sentences: both are offered (invented article).</summary>
public sealed class AgedRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Lorry Drivers Held Over Tarnby Diesel Theft

        TARNBY — Police in Tarnby have arrested two lorry drivers suspected of stealing 40,000 litres of diesel from a depot, officials said on Monday.
        The first driver, a 40-year-old from Ostby, was arrested at his home on Saturday.
        The second driver, a 52-year-old haulier, was arrested at a petrol station on Sunday.
        The depot's night guard, a 63-year-old, saw nothing.
        """));

    [Fact]
    public async Task Both_ages_of_the_asked_noun_are_offered()
    {
        var reply = (await _bot.AskAsync("a", "how old is the driver")).Split('>')[0];
        Assert.Contains("40", reply);
        Assert.Contains("52", reply);
        Assert.DoesNotContain("63", reply);
    }

    [Fact]
    public async Task A_noun_with_one_age_still_answers_it()
    {
        var reply = (await _bot.AskAsync("b", "how old is the night guard")).Split('>')[0];
        Assert.Contains("63", reply);
        Assert.DoesNotContain("52", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
