using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What flag does the ship fly / sail under": the idiom's verb need not be in the sentence giving the flag.</summary>
public sealed class FlagIdiomTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Freighter Held After Anchor Cuts Cable Off Tarnby

        TARNBY — Coast guard officers have detained a freighter suspected of cutting a power cable off Tarnby, officials said on Friday.

        Radar records showed that the Togo-flagged Amber Gull had slowed over the cable minutes before it failed.
        Harbour master Ines Holt said repairs would take a month.
        """));

    [Theory]
    [InlineData("what flag does the amber gull sail under")]
    [InlineData("what flag does the amber gull fly")]
    public async Task The_flag_a_ship_sails_under_is_the_one_it_is_flagged_with(string question)
    {
        Assert.Contains("Togo", await _bot.AnswerAsync(question));
    }

    [Fact]
    public void Sailing_is_only_the_idiom_of_a_flag_question()
    {
        Assert.Equal(new[] { "sail" }, IdiomVerbs.In(new[] { "flag", "sail" }));
        Assert.Empty(IdiomVerbs.In(new[] { "ship", "sail" }));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
