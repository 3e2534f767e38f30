using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A report that goes on with "she said" from the speaker's own quoted words just before it is answered with those
/// words first: "what did the prosecutor say about the clerk" gets the quote and the report (invented article).
/// </summary>
public sealed class OwnWordsBeforeReportTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Clerk Charged With Selling Port Records

        TARNBY — Prosecutors have charged a harbour clerk in Tarnby with selling confidential port records to a smuggling gang over two years.
        "This was no slip of judgement. It was a cold and patient swindle, and she was rewarded for every single file," Chief Prosecutor Edda Varnholm told reporters in Tarnby.
        She said the clerk had met the gang's couriers nine times at a motorway cafe and kept the cash in a biscuit tin.
        """));

    [Fact]
    public async Task The_speakers_own_words_come_before_the_report_that_goes_on_from_them()
    {
        var reply = await _bot.AnswerAsync("what did varnholm say about the clerk");
        Assert.Contains("couriers", reply);
        Assert.Contains("swindle", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
