using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>An amount named as one kind of payment does not answer a question about another (invented article).</summary>
public sealed class NamedPaymentsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Crane Driver Held After Seizing Tarnby Tug

        TARNBY — Police have arrested a laid-off crane driver who took over a harbour tug at Tarnby on Friday and kept its crew aboard until dawn.

        The crane driver, Piet Holm, demanded 300,000 euros in damages for the laid-off crane drivers before police boarded the tug.
        """));

    [Fact]
    public async Task A_ransom_is_not_answered_by_an_amount_demanded_in_damages()
    {
        var reply = await _bot.AskAsync("a", "what ransom did the hijackers want for the tug crew");
        Assert.True(reply.Contains("does not cover"), reply);
    }

    [Fact]
    public async Task The_damages_are_still_answered_by_it()
    {
        Assert.Contains("300,000 euros", await _bot.AnsweredAsync("how much in damages did the crane driver demand"));
    }

    [Theory]
    [InlineData("ransom", "in compensation for the", true)]
    [InlineData("ransom", "in unpaid wages for", true)]
    [InlineData("ransom", "in ransom for the", false)]
    [InlineData("ransom", "for the crew", false)]
    [InlineData("cost", "in compensation", false)]
    public void The_payment_named_after_an_amount_is_read(string askedHead, string following, bool namesOther) =>
        Assert.Equal(namesOther, NamedPayments.NamesOther(Knowledge.Text.TermAnalyzer.Stem(askedHead), following));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
