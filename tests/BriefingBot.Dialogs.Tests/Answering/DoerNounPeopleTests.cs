using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who led the jailbreak": the one person the article names after the doer's noun ("named the alleged ringleader as NAME"), over an invented article.</summary>
public sealed class DoerNounPeopleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Nine Inmates Escape From Harlow Jail Through a Drain

        HARLOW — Nine inmates escaped from a jail near Harlow through a storm drain, officials said on Monday.

        The men escaped from Harlow Jail before dawn on Sunday through a drain that ran under the kitchen.
        Police named the alleged ringleader as Tom Brack, a 39-year-old serving time for fraud.
        Warden Ann Vey said the search for the men would go on through the week.
        The search was led by local officers with dogs.
        """));

    [Fact]
    public async Task Who_led_the_escape_is_the_one_named_as_its_ringleader()
    {
        Assert.Contains("Tom Brack", await _bot.AnswerAsync("who led the escape from harlow jail?"));
    }

    [Fact]
    public async Task A_word_beyond_the_story_names_no_ringleader()
    {
        Assert.DoesNotContain("Brack", await _bot.AnswerAsync("who led the search for the men?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
