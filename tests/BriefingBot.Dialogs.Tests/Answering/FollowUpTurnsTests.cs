using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Later turns of a conversation that lean on the one before, over an invented article, through the real bot.</summary>
public sealed class FollowUpTurnsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Lakeport Ferry Strike Ends After Nine Days

        A strike by ferry crews at Lakeport ended on Tuesday after nine days.
        Transport Minister Ada Kowalczyk said the government would buy six new ferries by the end of next year.
        Port Director Tom Reyes said the night shift had only two guards on duty for 300 passengers.
        "The union was right to warn us," said Lena Ortmann, a lawyer for the crews. "The boats are old."
        Ortmann said the crews would vote again in May.
        """));

    [Fact]
    public void By_when_asks_about_the_last_answer()
    {
        Assert.Contains("Ada Kowalczyk", _bot.AskAsync("a", "who is ada kowalczyk").Result);
        Assert.Contains("end of next year", _bot.AskAsync("a", "by when?").Result);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
