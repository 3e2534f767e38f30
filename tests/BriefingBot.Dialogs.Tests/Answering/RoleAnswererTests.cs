using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who is the &lt;role&gt; of &lt;organisation&gt;" over an invented article, through the real bot.</summary>
public sealed class RoleAnswererTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Report Published

        The Joint Harbour Committee (JHC) published its report on Monday.
        Committee Chairwoman Dana Okafor said the port had been warned twice.
        Deputy Chairman Lee Pardo, an opposition member, said the warnings were ignored.
        JHC spokeswoman Ines Roca said the report would be sent to parliament.
        """));

    [Fact]
    public async Task A_role_whose_other_words_name_the_organisation_answers_for_it()
    {
        Assert.Contains("Okafor", await _bot.AskAsync("a", "who is the jhc chairwoman"));
    }

    [Fact]
    public async Task A_role_with_no_organisation_answers_for_the_one_its_article_describes()
    {
        Assert.Contains("Pardo", await _bot.AskAsync("b", "who is the committee's deputy chairman"));
    }

    [Fact]
    public async Task A_role_nobody_holds_is_refused()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("c", "who is the jhc treasurer"));
    }

    [Fact]
    public async Task A_spokesperson_is_the_spokeswoman_the_article_names()
    {
        Assert.Contains("Roca", await _bot.AskAsync("d", "who is the spokesperson for the jhc"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
