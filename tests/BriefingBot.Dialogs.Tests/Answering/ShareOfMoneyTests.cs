using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A fine given as a share of turnover answers "what fine".</summary>
public sealed class ShareOfMoneyTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Report Urges Curbs on Fake Accounts

        TARN — A parliamentary panel has urged new rules against fake accounts, its chairman said on Tuesday.
        Among its proposals: platforms should remove fake accounts within 24 hours, and the Media Board should be able to fine companies up to 5 percent of their annual turnover.
        """));

    [Fact]
    public async Task A_fine_may_be_a_share_of_turnover()
    {
        Assert.Contains("5 percent", await _bot.AnswerAsync("what fine could the media board hand out under the proposals"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
