using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "What brand were the hidden cameras" asks for a property no article names: the sentences about the cameras do not
/// answer it (invented article).
/// </summary>
public sealed class PropertyNoArticleNamesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Hidden Cameras Found Near Tarnby Air Base

        TARNBY — Police have found nine hidden cameras around the air base near Tarnby.
        The hidden cameras were solar-powered and sent pictures of the runway abroad, investigators said.
        """));

    [Fact]
    public async Task A_property_no_article_names_is_not_covered()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("what brand were the hidden cameras?"));
    }

    [Fact]
    public async Task The_same_question_about_a_property_the_article_names_is_answered()
    {
        Assert.DoesNotContain("does not cover", await _bot.AnswerAsync("how many hidden cameras were found?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
