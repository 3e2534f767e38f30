using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// A letter typed twice ("coppying") is put right when the word without it has the stem of an article word ("copied"),
/// and so is a double on the wrong letter ("dissapeared").
/// </summary>
public sealed class DoubledLetterTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerk Charged Over Leaked Files

        VELKA — A court clerk copied about 400 files onto a laptop over 11 months, prosecutors in Velka said on Monday.
        Two judges were kidnapped in Velka last year.
        The original files disappeared from the court archive in May.
        """));

    [Fact]
    public async Task A_doubled_letter_is_put_right()
    {
        Assert.Contains("11 months", await _bot.AnswerAsync("how long was the clerk coppying files"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_double_before_a_vowel_is_how_english_spells_it()
    {
        Assert.Null(new BriefingBot.Dialogs.Understanding.WordSpeller(_bot.Knowledge).Correct("kidnappers"));
    }

    [Fact]
    public void A_double_on_the_wrong_letter_is_moved()
    {
        Assert.Equal("disappeared", new BriefingBot.Dialogs.Understanding.WordSpeller(_bot.Knowledge).Correct("dissapeared"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
