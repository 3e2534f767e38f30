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

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0].ToLowerInvariant();

    [Fact]
    public void Max_is_maximum()
    {
        Assert.Contains("250", Ask("fjordwatch radar max range"));
    }

    [Fact]
    public void Ads_are_advertising()
    {
        Assert.Contains("300,000", Ask("how much did nordlys spend on ads"));
    }

    [Fact]
    public void Y_is_why()
    {
        Assert.Contains("salt", Ask("y did the old harbour radar fail"));
    }

    [Fact]
    public void N_is_and()
    {
        Assert.Contains("belong together", Ask("wat did berg say abt fjordwatch n oslo"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
