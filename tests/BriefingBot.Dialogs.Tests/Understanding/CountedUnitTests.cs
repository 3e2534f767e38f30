using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "How many kilos …" counts in kilograms, as the stories write their weights, even when another story says "by the kilo".
/// Over invented articles.
/// </summary>
public sealed class CountedUnitTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(
        """
        Blasting Explosive Stolen From Quarry Store Near Varn

        VARN — Thieves broke into a quarry store near Varn on Sunday and took 120 kilograms of blasting explosive, police said.

        Police said 45 kilograms of the explosive were still missing on Wednesday.
        """,
        """
        Saffron Smugglers Held at Korsa Market

        KORSA — Two traders were held at Korsa market on Tuesday for selling smuggled saffron by the kilo, officials said.
        """));

    [Fact]
    public async Task Kilos_are_counted_in_the_kilograms_a_story_writes()
    {
        Assert.Contains("45", await _bot.AnswerAsync("how many kilos of the stolen explosive are still missing"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
