using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "Who was behind the kidnapping" asks who did it or is blamed for it: a sentence naming who is blamed need not say
/// "behind", a word the articles also use for where things are ("found behind a wall").
/// </summary>
public sealed class BehindTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Mayor Freed in Velka After Ten Days

        VELKA — The mayor of Velka was freed on Monday, ten days after he was kidnapped on his way to work, police said.
        Officers found his car behind a warehouse near the river.
        A former guard, Piet Varn, is blamed for the kidnapping of the mayor, prosecutors said.
        """));

    [Fact]
    public async Task Who_was_behind_a_deed_is_answered_by_who_is_blamed_for_it()
    {
        Assert.Contains("varn", await _bot.AnsweredAsync("who was behind the kidnapping"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
