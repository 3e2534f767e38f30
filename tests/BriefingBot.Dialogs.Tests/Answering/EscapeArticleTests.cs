using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions about an invented jailbreak: plain words for two-word verbs, a length asked with "how long", money asked by its verb.</summary>
public sealed class EscapeArticleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Seven Inmates Escape From Northern Jail

        TARNOW — Seven inmates escaped from Old Mill Prison through a 30-metre tunnel on Saturday, police said.
        The jail's population had grown by 12 percent since 2019, while the number of guards had fallen.
        Old Mill, built in 1901, holds 300 men.
        The mayor said the guards had earned praise for the search.
        """));

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0].ToLowerInvariant();

    private static bool IsRefusal(string reply) => reply.Contains("does not cover", StringComparison.Ordinal);

    [Fact]
    public void How_much_with_a_money_verb_is_not_answered_by_a_percentage()
    {
        Assert.True(IsRefusal(Ask("how much does a jail guard earn")));
    }

    public void Dispose() => _bot.Dispose();
}
