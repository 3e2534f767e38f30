using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which ship brought the cocaine" is met by "a ship … was carrying cocaine": bringing goods is carrying them.</summary>
public sealed class BroughtIsCarriedTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Tonnes of Cocaine Found in Fruit Boxes at Orsa Port

        ORSA — Police have found two tonnes of cocaine hidden in fruit boxes at the port of Orsa, officials said on Monday.

        Last month, customs officers warned that a ship bound for Orsa was probably carrying cocaine.
        The drugs were unloaded on Wednesday from the Panama-flagged cargo ship Blue Tern.
        """));

    [Theory]
    [InlineData("which ship brought the cocaine into orsa?")]
    [InlineData("what ship brought the cocaine to orsa")]
    public async Task The_ship_that_brought_the_goods_is_the_one_carrying_them(string question)
    {
        Assert.StartsWith("Blue Tern", await _bot.AnswerAsync(question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
