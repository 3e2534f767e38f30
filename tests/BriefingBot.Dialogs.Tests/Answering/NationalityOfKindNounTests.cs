using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which Greek town" asks for a town in Greece: the country the question names by its adjective is no answer (invented article).</summary>
public sealed class NationalityOfKindNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smuggler Held at Border

        ASHFORD — A 40-year-old driver identified only as Tomas R. had travelled to Greece in May to buy the cigarettes, police said on Monday.
        He was arrested at the border crossing near Ashford a week later.
        """));

    [Fact]
    public async Task Which_greek_town_is_not_answered_with_greece()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("which greek town did tomas r buy the cigarettes in"));
    }

    [Fact]
    public async Task Which_country_is_still_answered_with_the_country()
    {
        Assert.Contains("Greece", await _bot.AnswerAsync("which country did tomas r buy the cigarettes in"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
