using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which official said …": anyone the articles give an office is an official, of the nationality asked, over an invented article.</summary>
public sealed class AnyOfficialTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Militias Discuss Merger

        Peruvian vice president Tomas Brel said on Monday that the two militias were talking about a merger.
        Harbour Director Ana Vell said the port would stay open during the talks.
        """));

    [Fact]
    public async Task A_holder_of_any_office_is_an_official()
    {
        Assert.Contains("Brel", await _bot.AskAsync("a", "which peruvian official said the militias were talking about a merger"));
    }

    [Fact]
    public async Task An_official_of_another_nationality_is_refused()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("b", "which chilean official said the militias were talking about a merger"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
