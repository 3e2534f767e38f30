using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// What someone is reported to have said goes on with their own quoted words in the next sentence: "what did the
/// harbour minister say about drone detection" gets both, the quote too, though the two run longer than one quote may
/// (invented article).
/// </summary>
public sealed class OwnWordsAfterReportTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drones Close Harbour at Tarnby for Two Nights, Ferry Traffic Halted

        TARNBY — Drones flying over the harbour at Tarnby halted ferry traffic on two nights this week, the port authority said on Thursday.
        Harbour Minister Edda Varnholm said on Thursday that the government would spend 90 million kronor on drone detection equipment at the country's twelve largest harbours and ferry terminals, with the first systems in place before the summer season begins next year.
        "A plastic toy that a schoolboy can buy with his pocket money should never be able to stop every single ferry crossing between the islands and the mainland for a whole night," Varnholm said.
        """));

    [Fact]
    public async Task The_speakers_own_words_follow_what_they_were_reported_saying()
    {
        var reply = await _bot.AnswerAsync("what did the harbour minister say about drone detection");
        Assert.Contains("90 million", reply);
        Assert.Contains("pocket money", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
