using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What flight number did they leave on?" wants the code of one flight: a story that mentions a flight without its code does not
/// answer it, and one that writes the code does. Over invented articles.
/// </summary>
public sealed class IdentifierAnswererTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Crates of Parrots Seized at Varn Airport Before a Night Flight

        VARN — Customs officers at Varn airport opened 14 wooden crates holding live parrots before they could be loaded onto a night flight to Korsa, officials said on Monday.

        A second shipment had left a week earlier, investigators said.
        """));
    private readonly BotUnderTest _botWithCode = new(InventedArticles.Load("""
        Crates of Parrots Seized at Varn Airport Before a Night Flight

        VARN — Customs officers at Varn airport opened 14 wooden crates holding live parrots before they could be loaded onto flight QK 2270 to Korsa, officials said on Monday.
        """));

    [Fact]
    public async Task A_flight_number_the_story_does_not_write_is_not_covered()
    {
        Assert.Contains("14", await _bot.AskAsync("a", "how many crates did customs open at varn airport"));
        Assert.Contains("not cover", await _bot.AskAsync("a", "what flight number did the crates leave on"));
        Assert.Contains("not cover", await _bot.AskAsync("b", "what was the registration number of the plane"));
    }

    [Fact]
    public async Task A_flight_number_the_story_writes_is_answered()
    {
        var reply = await _botWithCode.AskAsync("c", "what flight number did the crates leave on");
        Assert.StartsWith("QK 2270", reply);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _bot.Dispose();
        _botWithCode.Dispose();
    }
}
