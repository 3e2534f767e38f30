using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>Questions typed in shorthand: texting spellings ("n", "y", "didnt"), "max" and "ads" as the articles' words.</summary>
public sealed class ShorthandQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Coastal Radar Maker Wins Harbour Contract

        OSLO — The Fjordwatch radar can track small boats at a maximum range of 250 kilometres, its maker said on Monday.
        The maker, Nordlys Systems, spent about 300,000 euros on advertising last year.
        The old harbour radar failed because salt water had corroded its cables.
        "Fjordwatch and Oslo belong together," Mayor Ola Berg said.
        """));

    [Fact]
    public async Task Max_is_maximum()
    {
        Assert.Contains("250", await _bot.AnswerAsync("fjordwatch radar max range"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ads_are_advertising()
    {
        Assert.Contains("300,000", await _bot.AnswerAsync("how much did nordlys spend on ads"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Y_is_why()
    {
        Assert.Contains("salt", await _bot.AnswerAsync("y did the old harbour radar fail"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task N_is_and()
    {
        Assert.Contains("belong together", await _bot.AnswerAsync("wat did berg say abt fjordwatch n oslo"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
