using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>An "investigation" asked about is the "inquiry" or "probe" an article tells of, over an invented article.</summary>
public sealed class InquiryIsInvestigationTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smuggled Parrots Found in Lorry at Tarnby Crossing

        TARNBY — Border guards found 60 smuggled parrots hidden in a lorry at the Tarnby crossing on Monday, officials said.

        Inspector Lena Vik, who leads the inquiry for the border police, said the birds had been drugged to keep them quiet.
        The driver was released on bail on Tuesday.
        """));

    [Fact]
    public async Task Who_leads_the_investigation_is_who_leads_the_inquiry()
    {
        Assert.StartsWith("Lena Vik", await _bot.AnswerAsync("who is leading the parrot smuggling investigation"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
