using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// Which words the speller puts right: a slip in a word that only shapes the question ("actully") is that word, while a
/// real English word is no slip for an article's word that looks like it ("strange" for "stranger"), and a slip keeps
/// its first letter ("reading" is no "leading").
/// </summary>
public sealed class SpellingSlipTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerk Charged Over Leaked Files

        VELKA — A court clerk copied about 400 files onto a laptop over 11 months, prosecutors in Velka said on Monday.
        A stranger was seen leading two men out of the court archive in May.
        """));

    private WordSpeller Speller => new(_bot.Knowledge, new WordNetSynonyms(_bot.Knowledge), new Vocabulary(), new EnglishWords());

    [Fact]
    public void A_slip_in_a_word_that_only_shapes_the_question_is_put_right()
    {
        Assert.Equal("actually", Speller.Correct("actully"));
    }

    [Fact]
    public void A_real_word_is_no_slip_for_an_articles_word_near_it()
    {
        Assert.Null(Speller.Correct("strange"));
    }

    [Fact]
    public void A_slip_keeps_the_words_first_letter()
    {
        Assert.Null(Speller.Correct("reading"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
