using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What was the channel called" is answered by the name a sentence gives the channel, next to the noun; a name elsewhere
/// in the sentence ("a handler who called himself Borek") is not the channel's (invented article).
/// </summary>
public sealed class CalledNamesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Police Charge Three Over Harbour Filming

        TARNBY — Police in Tarnby have charged three men with spying after they filmed warships in the harbour for money.
        The men were recruited through a messaging channel that offered paid work, and they took orders from a handler who called himself Borek.
        Each of them was paid about 500 euros a month, prosecutors said.
        """));

    [Fact]
    public async Task A_name_away_from_the_asked_noun_does_not_name_it()
    {
        Assert.DoesNotContain("Borek", await _bot.AnswerAsync("what was the channel called?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
