using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A role right before a name is the named person's title, not another holder of that role (invented articles).</summary>
public sealed class TitleBeforeNameTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fleet Exercise Ends

        Fleet Commander Rear Admiral Ana Velo, a Spanish officer, said the exercise had gone well.
        """, """
        Patrol Ships Sent North

        The patrol will be led by Rear Admiral Tom Reed, officials said on Friday.
        """));

    [Fact]
    public async Task A_title_before_a_name_does_not_add_the_titles_other_holders()
    {
        Assert.Contains("Spanish", await _bot.AskAsync("a", "what nationality is rear admiral velo"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
